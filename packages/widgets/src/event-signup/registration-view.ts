/**
 * An event's registration in `<union-event-signup>`: the detail (sign up, join the waitlist, or — for a
 * members-only event and a worker who is not a member — the way to join first), the result, the
 * calendar file, "我的报名" rows and the cancel confirmation, which says what cancelling really does
 * (a confirmed place goes to another worker; leaving a waitlist frees no place).
 */
import type { Companion, Event as UnionEvent, EventRegistration } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { confirmPanel } from '../internal/views/confirm.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { busyButton } from '../internal/views/busy-button.js';
import { errorMessage } from '../internal/views/states.js';
import { detailStrings, type DetailStrings } from './detail-strings.js';
import type { EventSignupStrings } from './strings.js';

/** The detail's own words, which the element waits for in the widget's language (never a mix of two). */
export { detailStrings };
export { CompanionParty } from './party.js';

/** The widget's words and the detail's, in the widget's language. */
function words(ctx: EventViewContext): EventSignupStrings & DetailStrings {
  return { ...ctx.s, ...ctx.local(detailStrings) };
}
import { renderCompanions, toCompanions, type CompanionRow, type PartyState } from './companions-view.js';
import type { CompanionParty } from './party.js';
import { availability } from './dates.js';
import { eventTime, renderBadges, type EventViewContext } from './list-view.js';
import { enumLabel } from '../internal/labels.js';

/** Whether the worker is a union member, as far as the widget knows (`unknown`: could not be read). */
export type MemberState = 'member' | 'not_member' | 'unknown';

/** An event with this worker's live registration for it, if any, and their membership when it matters. */
export interface EventDetail {
  event: UnionEvent;
  registration: EventRegistration | undefined;
  member: MemberState;
}

/** One of the worker's registrations with its event (when it could be loaded). */
export interface RegistrationRow {
  registration: EventRegistration;
  event: UnionEvent | undefined;
}

/** The cancel confirmation, for whichever registration it is open on. */
export interface CancelPanel {
  /** The registration whose cancellation is being confirmed. */
  openFor: string | undefined;
  error: UnionErrorInfo | undefined;
  running: (registrationId: string) => boolean;
  ask: (registrationId: string) => void;
  keep: (registrationId: string) => void;
  confirm: (registration: EventRegistration, title: string) => void;
}

export interface DetailState {
  /** The registration just made here (its result is shown as news). */
  result: EventRegistration | undefined;
  registerError: UnionErrorInfo | undefined;
  registering: boolean;
  calendar: { ready: { eventId: string; url: string } | undefined; error: UnionErrorInfo | undefined; running: boolean };
  promoted: (r: EventRegistration) => boolean;
  /** A family event's companions step (what was entered, for whichever event), and its actions. */
  party: CompanionParty;
}

export interface DetailActions {
  register: (ev: UnionEvent, companions?: Companion[]) => void;
  /** Ask the host for the join flow (`union-join-requested`). */
  requestJoin: () => void;
  showMine: () => void;
  prepareCalendar: (ev: UnionEvent) => void;
  calendarOpened: () => void;
}

export function renderDetailBody(
  ctx: EventViewContext,
  d: EventDetail,
  state: DetailState,
  actions: DetailActions,
  cancel: CancelPanel,
): TemplateResult {
  const { t, fmt } = ctx;
  const s = words(ctx);
  const ev = d.event;
  const party = state.party.current;
  return html`<div part="detail">
    ${renderBadges(ctx, ev)}
    <dl class="facts">
      <dt>${s.time}</dt>
      <dd>${eventTime(ctx, ev.startsAt, ev.endsAt)}</dd>
      <dt>${s.venue}</dt>
      <dd>${ev.venue.name}<br />${ev.venue.address} · ${enumLabel(t.locale, t.enums.district, ev.venue.district)}</dd>
      <dt>${s.registrationWindow}</dt>
      <dd>${s.dateRange(fmt.dateTime(ev.registrationOpensAt), fmt.dateTime(ev.registrationClosesAt))}</dd>
      <dt>${s.places}</dt>
      <dd>${s.placesSummary(ev.capacity, ev.placesLeft, ev.waitlistCount)}</dd>
      ${ev.maxCompanions ? renderCompanionTerms(ctx, ev.maxCompanions, ev) : nothing}
    </dl>
    <p class="description" lang="zh-CN">${ev.description}</p>
    ${d.registration
      ? renderRegistered(ctx, ev, d.registration, state, cancel)
      : party?.eventId === ev.id && party.open && !(ev.membersOnly && d.member === 'not_member')
        ? renderCompanions(
            ctx,
            ev,
            party,
            {
              error: state.registerError,
              registering: state.registering,
              renderError: (error) => renderRegisterError(ctx, ev, error, actions, party),
            },
            {
              change: (update) => state.party.change(update),
              focus: (id) => state.party.focusField(id),
              showProblems: (message) => state.party.showProblems(message),
              confirm: (e, companions) => actions.register(e, companions),
              back: () => state.party.close(),
            },
          )
        : renderSignUp(ctx, ev, d.member, state, actions)}
    ${renderCalendar(ctx, ev, state, actions)}
  </div>`;
}

function renderSignUp(ctx: EventViewContext, ev: UnionEvent, member: MemberState, state: DetailState, actions: DetailActions): TemplateResult {
  const { fmt } = ctx;
  const s = words(ctx);
  const a = availability(ev);
  const explain =
    a === 'waitlist'
      ? s.waitlistExplain(ev.waitlistCount)
      : a === 'full'
        ? s.fullExplain
        : a === 'not_open'
          ? s.notOpenExplain(fmt.dateTime(ev.registrationOpensAt))
          : a === 'closed'
            ? s.closedExplain
            : '';
  // Members only, and not a member: joining first is the way in (unless sign-up is over for good).
  if (ev.membersOnly && member === 'not_member' && a !== 'closed' && a !== 'full') {
    return html`<div class="panel" part="sign-up" data-members-only="join">
      <p>${s.membersOnlyJoinFirst}</p>
      ${explain ? html`<p>${explain}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" part="button button-primary join" @click=${actions.requestJoin}>${ctx.t.common.joinUnion}</button>
      </div>
    </div>`;
  }
  const can = a === 'open' || a === 'waitlist';
  const error = state.registerError;
  // A family event asks who comes along before anything is sent.
  const family = !!ev.maxCompanions;
  return html`<div class="panel" part="sign-up">
    ${ev.membersOnly ? html`<p>${s.membersOnlyExplain}</p>` : nothing}
    ${explain ? html`<p id="sign-up-explain">${explain}</p>` : nothing}
    ${error ? renderRegisterError(ctx, ev, error, actions) : nothing}
    <div class="actions">
      ${busyButton({
        primary: true,
        part: 'button button-primary register',
        disabled: !can,
        describedBy: explain ? 'sign-up-explain' : undefined,
        label: a === 'waitlist' ? s.joinWaitlist : a === 'full' ? s.full : s.signUp,
        busyLabel: s.signingUp,
        busy: state.registering,
        onClick: () => (family ? state.party.open(ev) : actions.register(ev)),
      })}
    </div>
  </div>`;
}

function renderRegisterError(
  ctx: EventViewContext,
  ev: UnionEvent,
  error: UnionErrorInfo,
  actions: DetailActions,
  party?: PartyState,
): TemplateResult {
  const { t } = ctx;
  const s = words(ctx);
  const message =
    error.code === 'members_only'
      ? s.membersOnlyError
      : error.code === 'registration_closed'
        ? s.registrationClosedError
        : error.code === 'event_full'
          ? s.fullExplain
          : error.message;
  return html`<div class="state state-error" part="error-state" data-code=${error.code}>
    <p class="message">${message}</p>
    ${error.retryable
      ? html`<button type="button" part="button retry" @click=${() => actions.register(ev, party && toCompanionsIfAny(party.rows))}>${t.common.retry}</button>`
      : nothing}
    ${error.code === 'already_registered'
      ? html`<button type="button" part="button my-registrations" @click=${actions.showMine}>${s.viewMyRegistrations}</button>`
      : nothing}
    ${error.requestId && error.retryable ? html`<p class="muted">${t.common.supportReference(error.requestId)}</p>` : nothing}
  </div>`;
}

function renderRegistered(ctx: EventViewContext, ev: UnionEvent, r: EventRegistration, state: DetailState, cancel: CancelPanel): TemplateResult {
  const s = words(ctx);
  const fresh = state.result?.id === r.id;
  const waitlisted = r.status === 'waitlisted';
  return html`<div class="panel ${waitlisted ? '' : 'success'}" part="result" data-status=${r.status}>
    ${fresh
      ? html`<h3 data-result-heading tabindex="-1">${waitlisted ? s.waitlistedHeading : s.confirmedHeading}</h3>
          <p>${waitlisted ? s.waitlistedText(r.waitlistPosition ?? 0) : s.confirmedText}</p>`
      : html`<p>${s.alreadyRegistered(enumLabel(ctx.t.locale, s.enums.registrationStatus, r.status, 'status'))}</p>`}
    ${waitlisted && r.waitlistPosition ? html`<p class="big" part="waitlist-position">${s.waitlistPosition(r.waitlistPosition)}</p>` : nothing}
    ${r.people > 1 ? html`<p part="people">${s.people(r.people)}</p>` : nothing}
    ${state.promoted(r) ? html`<p class="tag ok">${s.promoted}</p>` : nothing} ${renderCancel(ctx, cancel, r, ev.title)}
  </div>`;
}

function renderCalendar(ctx: EventViewContext, ev: UnionEvent, state: DetailState, actions: DetailActions): TemplateResult {
  const s = words(ctx);
  const { ready: prepared, error, running } = state.calendar;
  const ready = prepared?.eventId === ev.id ? prepared : undefined;
  return html`<div class="actions">
      ${ready
        ? html`<a
            class="button link-button"
            part="button calendar-link"
            href=${ready.url}
            download=${`${ev.id}.ics`}
            type="text/calendar"
            @click=${actions.calendarOpened}
            >${s.downloadCalendar}</a
          >`
        : busyButton({
            part: 'button calendar',
            label: s.addToCalendar,
            busyLabel: s.preparingCalendar,
            busy: running,
            onClick: () => actions.prepareCalendar(ev),
          })}
    </div>
    ${error && !ready ? errorMessage(error) : nothing}`;
}

/** Cancel (a confirmed place) or leave the waitlist, after a confirmation that says which it is. */
export function renderCancel(ctx: EventViewContext, cancel: CancelPanel, r: EventRegistration, title: string): TemplateResult {
  const { t } = ctx;
  const s = words(ctx);
  if (r.status === 'cancelled') return html``;
  const waitlisted = r.status === 'waitlisted';
  if (cancel.openFor !== r.id) {
    return html`<div class="actions">
      <button
        type="button"
        part="button cancel"
        data-cancel-for=${r.id}
        aria-label=${waitlisted ? s.leaveWaitlistFor(title) : s.cancelFor(title)}
        @click=${() => cancel.ask(r.id)}
      >
        ${waitlisted ? s.leaveWaitlist : s.cancel}
      </button>
    </div>`;
  }
  return confirmPanel({
    question: waitlisted ? s.leaveWaitlistConfirm(title, r.waitlistPosition ?? 0) : s.cancelConfirm(title),
    error: cancel.error,
    running: cancel.running(r.id),
    t,
    yes: waitlisted ? s.leaveWaitlistYes : undefined,
    onYes: () => cancel.confirm(r, title),
    onNo: () => cancel.keep(r.id),
  });
}

/** A row of "我的报名": the event, the status, the waitlist position or a promotion, and cancel. */
export function renderRegistrationRow(
  ctx: EventViewContext,
  { registration: r, event: ev }: RegistrationRow,
  cancel: CancelPanel,
  promoted: boolean,
  onOpen: (ev: UnionEvent) => void,
): TemplateResult {
  const s = words(ctx);
  const title = ev?.title ?? s.eventUnavailable;
  return html`<li class="card" part="card registration" data-registration=${r.id} data-event-id=${r.eventId}>
    <h3>${title}</h3>
    ${ev ? html`<p>${eventTime(ctx, ev.startsAt, ev.endsAt)}</p><p class="muted">${ev.venue.name}</p>` : nothing}
    <ul class="badges">
      <li class="tag ${r.status === 'confirmed' ? 'ok' : ''}" part="badge status">${enumLabel(ctx.t.locale, s.enums.registrationStatus, r.status, 'status')}</li>
      ${r.status === 'waitlisted' && r.waitlistPosition
        ? html`<li class="tag" part="badge waitlist-position">${s.waitlistPosition(r.waitlistPosition)}</li>`
        : nothing}
      ${promoted ? html`<li class="tag ok" part="badge promoted">${s.promoted}</li>` : nothing}
      ${r.people > 1 ? html`<li class="tag" part="badge people">${s.people(r.people)}</li>` : nothing}
    </ul>
    ${ev
      ? html`<div class="actions">
          <button type="button" part="button details" aria-label=${s.detailsFor(title)} @click=${() => onOpen(ev)}>${s.details}</button>
        </div>`
      : nothing}
    ${renderCancel(ctx, cancel, r, title)}
  </li>`;
}

/** "我的报名": the worker's registrations, each with its cancel. */
export function renderRegistrations(
  ctx: EventViewContext,
  rows: readonly RegistrationRow[],
  cancel: CancelPanel,
  promoted: (r: EventRegistration) => boolean,
  onOpen: (ev: UnionEvent) => void,
): TemplateResult {
  return html`<ul class="list" part="list">
    ${rows.map((row) => renderRegistrationRow(ctx, row, cancel, promoted(row.registration), onOpen))}
  </ul>`;
}

/** A retry sends what the party held when it was confirmed (nothing for a worker alone). */
function toCompanionsIfAny(rows: readonly CompanionRow[]): Companion[] | undefined {
  return rows.length > 0 ? toCompanions(rows) : undefined;
}

/** A family event's terms on the detail: how many may come along, and the children's ages. */
function renderCompanionTerms(ctx: EventViewContext, max: number, ev: UnionEvent): TemplateResult {
  const c = ctx.local(detailStrings);
  return html`<dt>${c.companionsFact}</dt>
    <dd>${c.companionTerms(max, ev.childAgeRange?.min, ev.childAgeRange?.max)}</dd>`;
}
