import { Events, NotFoundError, path, type Page, type UnionCore } from '@unionkit/sdk';
import { zMembership } from '@unionkit/sdk/schemas';
import type { Event as UnionEvent, EventRegistration } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { segmented } from '../internal/views/segmented.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { CalendarFile } from './calendar.js';
import { listParams, type When } from './dates.js';
import { eventSignupStyles } from './event-signup.styles.js';
import { renderEventCard, renderFilters, type EventViewContext, type FilterState } from './list-view.js';
import {
  renderDetailBody,
  renderRegistrationRow,
  type CancelPanel,
  type EventDetail,
  type MemberState,
  type RegistrationRow,
} from './registration-view.js';
import { eventSignupStrings, type EventSignupStrings } from './strings.js';

export type { EventDetail, RegistrationRow } from './registration-view.js';

type View = 'list' | 'detail' | 'mine';

/**
 * Whether the worker is a member (`GET /membership`); a failure leaves it `unknown`, never a guess.
 * The one read is made through the client's core rather than the SDK's membership resource, whose
 * application schemas and ID checks this widget has no use for (they would weigh on every page).
 */
async function memberState(client: UnionCore, signal: AbortSignal): Promise<MemberState> {
  try {
    const membership = await client.request({ method: 'GET', path: path`/membership`, response: zMembership }, { signal });
    return membership.status === 'active' ? 'member' : 'not_member';
  } catch (err) {
    if (err instanceof NotFoundError && err.code === 'not_a_member') return 'not_member';
    if (signal.aborted) throw err;
    return 'unknown';
  }
}

/**
 * @summary Union events (工会活动) by category and date: places left, sign up or join the waitlist,
 * add to calendar, and "我的报名" with cancellation.
 *
 * @description
 * Lists upcoming events (法治护航, 文化关爱, 体育健身, 安康守护, 交友联谊, 温情助力, 稳岗赋能) with a
 * category filter and a date filter (this week, this month or chosen dates), ten at a time with
 * "加载更多". Each shows its time in Shanghai, venue, places left ("剩余 N 个名额", "已满，可候补"),
 * whether it is for members only and whether sign-up is open. The detail signs the worker up once,
 * whatever the network does: confirmed, or waitlisted with a position. A members-only event offers a
 * worker who is not a member "去入会" (a request the host answers by showing
 * `<union-membership-join>`) instead of a sign-up that could only fail. "加入日历" prepares an
 * iCalendar file and offers it as an `<a download>` of a `blob:` URL (revoked after use; no popup).
 * "我的报名" lists the worker's registrations with status, waitlist position and promotions off the
 * waitlist; it cancels a place, or leaves a waitlist, after a confirmation that says which. The host
 * page learns nothing about registrations.
 *
 * ```html
 * <union-provider base-url="https://…/v1"><union-event-signup></union-event-signup></union-provider>
 * ```
 *
 * @event union-ready - First load finished: `{ state: 'ready' | 'empty' }`.
 * @event union-join-requested - A worker who is not a member pressed "去入会" on a members-only event: `{ reason: 'not_a_member' }`. Show `<union-membership-join>`.
 * @event union-error - A request failed: `{ code, retryable }` (e.g. `members_only`, `registration_closed`, `event_full`).
 *
 * @csspart base - The wrapper (carries the theme and care-mode classes).
 * @csspart header - The intro.
 * @csspart heading - The current view's heading.
 * @csspart views - The switch between "活动" and "我的报名". @csspart tab - One of its tabs (`aria-selected="true"` when current).
 * @csspart filters - The category and date filters. @csspart field - A filter field. @csspart label - Its label. @csspart input - Its control.
 * @csspart body - The current view.
 * @csspart list - A list of events or registrations.
 * @csspart card - One event or registration (also `event` / `registration`).
 * @csspart badge - A tag on an event (category, members only, availability).
 * @csspart detail - The event detail.
 * @csspart sign-up - The sign-up panel (`data-members-only="join"` when it offers joining the union first).
 * @csspart result - The sign-up result (confirmed / waitlisted).
 * @csspart calendar-link - The "download calendar file" link.
 * @csspart button - Every button (also `button-primary`, `details`, `register`, `join`, `calendar`, `cancel`, `cancel-yes`, `cancel-no`, `load-more`, `back`).
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error-state - Error with retry. @csspart retry - Retry button.
 * @csspart footer - The 12351 hotline footer. @csspart hotline - Its `tel:` link.
 *
 * @cssproperty --union-event-signup-color-primary - Brand colour for this widget (falls back to `--union-color-primary`).
 * @cssproperty --union-event-signup-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-event-signup-color-surface-variant - Tags (falls back to `--union-color-surface-variant`).
 * @cssproperty --union-event-signup-color-success - A confirmed place, a done cancellation (falls back to `--union-color-success`).
 * @cssproperty --union-event-signup-color-danger - Errors and "full" (falls back to `--union-color-danger`).
 * @cssproperty --union-event-signup-radius - Corner radius (falls back to `--union-radius`).
 * @cssproperty --union-event-signup-space - Spacing unit (falls back to `--union-space`).
 */
export class UnionEventSignup extends UnionElement {
  static override styles = eventSignupStyles;

  static override properties = {
    ...UnionElement.properties,
    _view: { state: true },
    _filters: { state: true },
    _more: { state: true },
    _moreError: { state: true },
    _preview: { state: true },
    _result: { state: true },
    _registerError: { state: true },
    _cancelId: { state: true },
    _cancelError: { state: true },
    _notice: { state: true },
  };

  declare private _view: View;
  declare private _filters: Omit<FilterState, 'datesInvalid'>;
  /** Events loaded with "加载更多", after the first page. */
  declare private _more: UnionEvent[];
  declare private _moreError: UnionErrorInfo | undefined;
  /** The event whose detail is open (from the list, until the fresh one arrives). */
  declare private _preview: UnionEvent | undefined;
  /** The registration just made in the detail. */
  declare private _result: EventRegistration | undefined;
  declare private _registerError: UnionErrorInfo | undefined;
  declare private _cancelId: string | undefined;
  declare private _cancelError: UnionErrorInfo | undefined;
  declare private _notice: string;

  #lastPage: Page<UnionEvent> | undefined;
  /** Registrations this widget has seen on the waitlist: confirmed later means promoted. */
  readonly #seenWaitlisted = new Set<string>();

  readonly #calendar = new CalendarFile(
    this,
    (eventId) => this.runAction(`calendar:${eventId}`, (client) => use(client, Events).calendar(eventId)),
    () => this.announce(this.s.calendarReady),
  );

  /** The events list: the main load. */
  readonly list = new AsyncState<Page<UnionEvent>>(this, (client, signal) => {
    const f = this._filters;
    return use(client, Events).list(listParams(f.category, f.when, f.from, f.to), { signal });
  });

  /** The open event, fresh, with the worker's registration for it and, if members only, their membership. */
  readonly detail = new AsyncState<EventDetail>(
    this,
    async (client, signal) => {
      const events = use(client, Events);
      const preview = this._preview!;
      const [event, mine, member] = await Promise.all([
        events.retrieve(preview.id, { signal }),
        events.listRegistrations({ limit: 100 }, { signal }),
        preview.membersOnly ? memberState(client, signal) : ('unknown' as const),
      ]);
      const registration = mine.data.find((r) => r.eventId === preview.id && r.status !== 'cancelled');
      if (registration) this.noteRegistration(registration);
      return { event, registration, member };
    },
    { auto: false },
  );

  /** "我的报名": registrations joined with their events' titles and times. */
  readonly mine = new AsyncState<RegistrationRow[]>(
    this,
    async (client, signal) => {
      const events = use(client, Events);
      const regs = (await events.listRegistrations({ limit: 100 }, { signal })).data;
      const ids = [...new Set(regs.map((r) => r.eventId))];
      const found = await Promise.all(ids.map((id) => events.retrieve(id, { signal }).catch(() => undefined)));
      const byId = new Map(ids.map((id, i) => [id, found[i]]));
      for (const r of regs) this.noteRegistration(r);
      return regs.map((registration) => ({ registration, event: byId.get(registration.eventId) }));
    },
    { auto: false },
  );

  constructor() {
    super();
    this._view = 'list';
    this._filters = { category: '', when: '' as When, from: '', to: '' };
    this._more = [];
    this._moreError = undefined;
    this._preview = undefined;
    this._result = undefined;
    this._registerError = undefined;
    this._cancelId = undefined;
    this._cancelError = undefined;
    this._notice = '';
  }

  private get s(): EventSignupStrings {
    return this.strings(eventSignupStrings);
  }

  private get ctx(): EventViewContext {
    return { s: this.s, t: this.t, fmt: this.fmt };
  }

  private noteRegistration(r: EventRegistration): void {
    if (r.status === 'waitlisted') this.#seenWaitlisted.add(r.id);
  }

  /**
   * Moved up from the waitlist: seen waitlisted by this widget and now confirmed, or confirmed and
   * changed after it was made (a confirmed registration only changes by promotion or cancellation).
   */
  private wasPromoted(r: EventRegistration): boolean {
    return r.status === 'confirmed' && (this.#seenWaitlisted.has(r.id) || Date.parse(r.updatedAt) > Date.parse(r.createdAt));
  }

  // ---------------------------------------------------------------- list

  /** Whether the chosen dates are the wrong way round. */
  private get datesInvalid(): boolean {
    const f = this._filters;
    return f.when === 'custom' && !!f.from && !!f.to && f.to < f.from;
  }

  private async applyFilters(change: Partial<Omit<FilterState, 'datesInvalid'>>): Promise<void> {
    this._filters = { ...this._filters, ...change };
    if (this.datesInvalid) return;
    this._more = [];
    this._moreError = undefined;
    this.#lastPage = undefined;
    await this.list.run();
    if (this.list.status === 'ready' || this.list.status === 'empty') {
      this.announce(this.s.found(this.list.value?.data.length ?? 0));
    }
  }

  private async loadMore(): Promise<void> {
    const page = this.#lastPage ?? this.list.value;
    if (!page?.hasNextPage()) return;
    this._moreError = undefined;
    const result = await this.runAction('more', () => page.getNextPage());
    if (!result.ok) {
      this._moreError = result.error;
      return;
    }
    // The filters changed meanwhile: this page belongs to another search.
    if ((this.#lastPage ?? this.list.value) !== page) return;
    this.#lastPage = result.value;
    this._more = [...this._more, ...result.value.data];
    this.announce(this.s.loadedMore(result.value.data.length));
    const first = result.value.data[0];
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-event="${CSS.escape(first.id)}"] button[part~="details"]`)?.focus();
    }
  }

  // ---------------------------------------------------------------- views

  private go(view: View): void {
    this._view = view;
    this._notice = '';
    this._cancelId = undefined;
    this._cancelError = undefined;
    if (view !== 'detail') this.#calendar.revoke();
    if (view === 'mine') void this.mine.run();
    void this.focusHeading();
  }

  private openDetail(event: UnionEvent): void {
    this._preview = event;
    this._result = undefined;
    this._registerError = undefined;
    this.#calendar.revoke();
    this.go('detail');
    void this.detail.run();
  }

  /** Replaces an event everywhere it is shown (places left change after a sign-up or cancel). */
  private patchEvent(event: UnionEvent): void {
    for (const list of [this.list.value?.data, this._more]) {
      const i = list?.findIndex((e) => e.id === event.id) ?? -1;
      if (list && i >= 0) list[i] = event;
    }
    if (this.detail.value?.event.id === event.id) this.detail.value = { ...this.detail.value, event };
    this.requestUpdate();
  }

  /** Quietly refreshes an event (no loading state; a failure leaves what is shown). */
  private async refreshEvent(id: string): Promise<void> {
    const client = this.resolvedClient;
    if (!client) return;
    try {
      this.patchEvent(await use(client, Events).retrieve(id));
    } catch {
      // What is shown stays; the next load brings it up to date.
    }
  }

  // ---------------------------------------------------------------- actions

  private async register(event: UnionEvent): Promise<void> {
    this._registerError = undefined;
    const eventId = event.id;
    const result = await this.runCreate(`register:${eventId}`, (client, options) => use(client, Events).register(eventId, options));
    if (!result.ok) {
      this._registerError = result.error;
      if (result.error.code === 'already_registered' || result.error.code === 'event_full') void this.detail.run();
      // The API says the worker is not a member: offer joining from now on.
      if (result.error.code === 'members_only' && this.detail.value?.event.id === eventId) {
        this.detail.value = { ...this.detail.value, member: 'not_member' };
      }
      return;
    }
    // Nothing goes to the host page: a registration is the worker's business alone.
    const registration = result.value;
    this.noteRegistration(registration);
    this._result = registration;
    if (this.detail.value?.event.id === eventId) this.detail.value = { ...this.detail.value, registration };
    const s = this.s;
    this.announce(registration.status === 'waitlisted' ? s.waitlistedAnnounce(registration.waitlistPosition ?? 0) : s.confirmedHeading);
    void this.focusHeading('[data-result-heading]');
    void this.refreshEvent(eventId);
  }

  /** The host shows the join flow; which event it was stays here. */
  private requestJoin(): void {
    this.emit('union-join-requested', { reason: 'not_a_member' });
  }

  private askCancel(registrationId: string): void {
    this._cancelId = registrationId;
    this._cancelError = undefined;
    void this.focusHeading('[data-cancel-question]');
  }

  private keep(registrationId: string): void {
    this._cancelId = undefined;
    this._cancelError = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`button[data-cancel-for="${CSS.escape(registrationId)}"]`)?.focus(),
    );
  }

  private async cancel(registration: EventRegistration, title: string): Promise<void> {
    this._cancelError = undefined;
    const result = await this.runAction(`cancel:${registration.id}`, (client) => use(client, Events).cancelRegistration(registration.id));
    if (!result.ok) {
      this._cancelError = result.error;
      return;
    }
    this._cancelId = undefined;
    // Leaving a waitlist frees no place: say what happened, not what a cancellation would do.
    this._notice = registration.status === 'waitlisted' ? this.s.leftWaitlist(title) : this.s.cancelled(title);
    this.announce(this._notice);
    if (this._view === 'detail') {
      this._result = undefined;
      await this.detail.run();
    } else {
      await this.mine.run();
    }
    void this.refreshEvent(result.value.eventId);
    void this.focusHeading();
  }

  private get cancelPanel(): CancelPanel {
    return {
      openFor: this._cancelId,
      error: this._cancelError,
      running: (id) => this.isRunning(`cancel:${id}`),
      ask: (id) => this.askCancel(id),
      keep: (id) => this.keep(id),
      confirm: (r, title) => void this.cancel(r, title),
    };
  }

  // ---------------------------------------------------------------- render

  protected renderContent(): TemplateResult {
    const s = this.s;
    const onMine = this._view === 'mine';
    return html`<div part="header"><p class="muted">${s.intro}</p></div>
      ${segmented<View>({
        label: s.views,
        part: 'views',
        outline: true,
        selected: onMine ? 'mine' : 'list',
        segments: [
          { value: 'list', label: s.eventsTab },
          { value: 'mine', label: s.myRegistrationsTab },
        ],
        onSelect: (view) => this.go(view),
      })}
      <div part="body" class="body">
        ${this._view === 'list' ? this.renderList() : this._view === 'detail' ? this.renderDetail() : this.renderMine()}
      </div>`;
  }

  private heading(text: string): TemplateResult {
    return html`<h2 part="heading" data-step-heading tabindex="-1">${text}</h2>`;
  }

  private notice(): unknown {
    return this._notice ? html`<p class="panel success" part="notice">${this._notice}</p>` : nothing;
  }

  private renderList(): TemplateResult {
    const { s, t } = this;
    const ctx = this.ctx;
    const open = (ev: UnionEvent) => this.openDetail(ev);
    return html`${this.heading(this.s.title)}
      ${renderFilters(ctx, { ...this._filters, datesInvalid: this.datesInvalid }, (change) => void this.applyFilters(change))}
      ${this.list.render({
        ready: (page) => {
          const last = this.#lastPage ?? page;
          const loading = this.isRunning('more');
          return html`<ul class="list" part="list">
              ${[...page.data, ...this._more].map((e) => renderEventCard(ctx, e, open))}
            </ul>
            ${this._moreError
              ? html`<div class="state state-error" part="error-state"><p class="message">${this._moreError.message}</p></div>`
              : nothing}
            ${last.hasNextPage()
              ? html`<div class="more">
                  <button
                    type="button"
                    part="button load-more ${this._moreError ? 'retry' : ''}"
                    aria-busy=${loading ? 'true' : 'false'}
                    @click=${() => void this.loadMore()}
                  >
                    ${this._moreError ? t.common.retry : loading ? t.common.loading : t.common.loadMore}
                  </button>
                </div>`
              : nothing}`;
        },
        empty: () => this.renderEmpty(s.noEvents),
      })}`;
  }

  private renderDetail(): TemplateResult {
    const s = this.s;
    const preview = this._preview;
    const loaded = this.detail.value?.event;
    const title = (loaded && loaded.id === preview?.id ? loaded.title : preview?.title) ?? s.details;
    const calendar = this.#calendar;
    return html`${this.heading(title)} ${this.notice()}
      ${this.detail.render({
        ready: (d) =>
          renderDetailBody(
            this.ctx,
            d,
            {
              result: this._result,
              registerError: this._registerError,
              registering: this.isRunning(`register:${d.event.id}`),
              calendar: { ready: calendar.ready, error: calendar.error, running: this.isRunning(`calendar:${d.event.id}`) },
              promoted: (r) => this.wasPromoted(r),
            },
            {
              register: (ev) => void this.register(ev),
              requestJoin: () => this.requestJoin(),
              showMine: () => this.go('mine'),
              prepareCalendar: (ev) => void calendar.prepare(ev.id),
              calendarOpened: () => calendar.opened(),
            },
            this.cancelPanel,
          ),
      })}
      <div class="actions">
        <button type="button" part="button back" @click=${() => this.go('list')}>${s.backToList}</button>
      </div>`;
  }

  private renderMine(): TemplateResult {
    const s = this.s;
    const open = (ev: UnionEvent) => this.openDetail(ev);
    return html`${this.heading(s.myRegistrationsHeading)} ${this.notice()}
      ${this.mine.render({
        ready: (rows) => html`<ul class="list" part="list">
          ${rows.map((row) => renderRegistrationRow(this.ctx, row, this.cancelPanel, this.wasPromoted(row.registration), open))}
        </ul>`,
        empty: () => html`${this.renderEmpty(s.noRegistrations)}
          <button type="button" part="button back" @click=${() => this.go('list')}>${s.backToList}</button>`,
      })}`;
  }
}
