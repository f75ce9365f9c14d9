import { Events, type EventListParams, type Page } from '@unionkit/sdk';
import type { Event as UnionEvent, EventCategory, EventRegistration } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { selectField, textField } from '../internal/fields.js';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { eventSignupStyles } from './event-signup.styles.js';
import { eventSignupStrings, type EventSignupStrings } from './strings.js';

const CATEGORIES: readonly EventCategory[] = ['legal', 'culture', 'sport', 'health', 'matchmaking', 'family', 'skills'];
const PAGE_SIZE = 10;
/** How long a prepared calendar file stays downloadable after the worker opens it. */
const CALENDAR_URL_TTL_MS = 1500;
const TZ = 'Asia/Shanghai';

type View = 'list' | 'detail' | 'mine';
type When = '' | 'week' | 'month' | 'custom';
/** Where sign-up stands for an event, as the worker sees it. */
type Availability = 'not_open' | 'closed' | 'open' | 'waitlist' | 'full';

/** An event with this worker's live registration for it, if any. */
export interface EventDetail {
  event: UnionEvent;
  registration: EventRegistration | undefined;
}

/** One of the worker's registrations with its event (when it could be loaded). */
export interface RegistrationRow {
  registration: EventRegistration;
  event: UnionEvent | undefined;
}

/** `YYYY-MM-DD` and ISO weekday (1 = Monday) of today in Shanghai. */
function shanghaiToday(): { date: string; weekday: number } {
  const now = new Date();
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const wd = new Intl.DateTimeFormat('en-US', { timeZone: TZ, weekday: 'short' }).format(now);
  return { date, weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(wd) + 1 };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function endOfDay(date: string): string {
  return `${date}T23:59:59+08:00`;
}

export function availability(ev: UnionEvent, now = Date.now()): Availability {
  if (now < Date.parse(ev.registrationOpensAt)) return 'not_open';
  if (now >= Date.parse(ev.registrationClosesAt)) return 'closed';
  if (ev.placesLeft > 0) return 'open';
  return ev.waitlistEnabled ? 'waitlist' : 'full';
}

/** The Shanghai calendar date of an instant. */
function shanghaiDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
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
 * whatever the network does: confirmed, or waitlisted with a position. "加入日历" prepares an
 * iCalendar file and offers it as an `<a download>` of a `blob:` URL (revoked after use; no popup).
 * "我的报名" lists the worker's registrations with status, waitlist position and promotions off the
 * waitlist, and cancels one after a confirmation.
 *
 * ```html
 * <union-provider base-url="https://…/v1"><union-event-signup></union-event-signup></union-provider>
 * ```
 *
 * @event union-ready - First load finished: `{ state: 'ready' | 'empty' }`.
 * @event union-event-registered - Signed up: `{ registrationId, eventId, status: 'confirmed' | 'waitlisted' }`.
 * @event union-event-registration-cancelled - A registration was cancelled: `{ registrationId, eventId, status: 'cancelled' }`.
 * @event union-error - A request failed: `{ code, retryable }` (e.g. `members_only`, `registration_closed`, `event_full`).
 *
 * @csspart base - The wrapper (carries the theme and care-mode classes).
 * @csspart header - The intro.
 * @csspart heading - The current view's heading.
 * @csspart views - The switch between "活动" and "我的报名". @csspart tab - One of its buttons (`aria-current="page"` when current).
 * @csspart filters - The category and date filters. @csspart field - A filter field. @csspart label - Its label. @csspart input - Its control.
 * @csspart body - The current view.
 * @csspart list - A list of events or registrations.
 * @csspart card - One event or registration (also `event` / `registration`).
 * @csspart badge - A tag on an event (category, members only, availability).
 * @csspart detail - The event detail.
 * @csspart result - The sign-up result (confirmed / waitlisted).
 * @csspart calendar-link - The "download calendar file" link.
 * @csspart button - Every button (also `button-primary`, `details`, `register`, `calendar`, `cancel`, `cancel-yes`, `cancel-no`, `load-more`, `back`).
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error-state - Error with retry. @csspart retry - Retry button.
 * @csspart footer - The 12351 hotline footer. @csspart hotline - Its `tel:` link.
 *
 * @cssproperty --union-event-signup-color-primary - Brand colour for this widget (falls back to `--union-color-primary`).
 * @cssproperty --union-event-signup-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-event-signup-color-surface-variant - Tags (falls back to `--union-color-surface-variant`).
 * @cssproperty --union-event-signup-color-danger - "Full" (falls back to `--union-color-danger`).
 * @cssproperty --union-event-signup-radius - Corner radius (falls back to `--union-radius`).
 * @cssproperty --union-event-signup-space - Spacing unit (falls back to `--union-space`).
 */
export class UnionEventSignup extends UnionElement {
  static override styles = [...baseStyles, widgetTokens('event-signup'), fieldStyles, eventSignupStyles];

  static override properties = {
    ...UnionElement.properties,
    _view: { state: true },
    _category: { state: true },
    _when: { state: true },
    _from: { state: true },
    _to: { state: true },
    _more: { state: true },
    _moreError: { state: true },
    _preview: { state: true },
    _result: { state: true },
    _registerError: { state: true },
    _calendar: { state: true },
    _calendarError: { state: true },
    _cancelId: { state: true },
    _cancelError: { state: true },
    _notice: { state: true },
  };

  declare private _view: View;
  declare private _category: EventCategory | '';
  declare private _when: When;
  declare private _from: string;
  declare private _to: string;
  /** Events loaded with "加载更多", after the first page. */
  declare private _more: UnionEvent[];
  declare private _moreError: UnionErrorInfo | undefined;
  /** The event whose detail is open (from the list, until the fresh one arrives). */
  declare private _preview: UnionEvent | undefined;
  /** The registration just made in the detail. */
  declare private _result: EventRegistration | undefined;
  declare private _registerError: UnionErrorInfo | undefined;
  declare private _calendar: { eventId: string; url: string } | undefined;
  declare private _calendarError: UnionErrorInfo | undefined;
  declare private _cancelId: string | undefined;
  declare private _cancelError: UnionErrorInfo | undefined;
  declare private _notice: string;

  #lastPage: Page<UnionEvent> | undefined;
  /** Registrations this widget has seen on the waitlist: confirmed later means promoted. */
  readonly #seenWaitlisted = new Set<string>();
  #calendarTimer: ReturnType<typeof setTimeout> | undefined;

  /** The events list: the main load. */
  readonly list = new AsyncState<Page<UnionEvent>>(this, (client, signal) =>
    use(client, Events).list(this.listParams(), { signal }),
  );

  /** The open event, fresh, with the worker's registration for it. */
  readonly detail = new AsyncState<EventDetail>(
    this,
    async (client, signal) => {
      const events = use(client, Events);
      const id = this._preview!.id;
      const [event, mine] = await Promise.all([
        events.retrieve(id, { signal }),
        events.listRegistrations({ limit: 100 }, { signal }),
      ]);
      const registration = mine.data.find((r) => r.eventId === id && r.status !== 'cancelled');
      if (registration) this.noteRegistration(registration);
      return { event, registration };
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
    this._category = '';
    this._when = '';
    this._from = '';
    this._to = '';
    this._more = [];
    this._moreError = undefined;
    this._preview = undefined;
    this._result = undefined;
    this._registerError = undefined;
    this._calendar = undefined;
    this._calendarError = undefined;
    this._cancelId = undefined;
    this._cancelError = undefined;
    this._notice = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeCalendar();
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

  private get s(): EventSignupStrings {
    return this.strings(eventSignupStrings);
  }

  // ---------------------------------------------------------------- filters

  /** Whether the chosen dates are the wrong way round. */
  private get datesInvalid(): boolean {
    return this._when === 'custom' && !!this._from && !!this._to && this._to < this._from;
  }

  private listParams(): EventListParams {
    const params: EventListParams = { limit: PAGE_SIZE };
    if (this._category) params.category = this._category;
    const today = shanghaiToday();
    if (this._when === 'week') {
      params.to = endOfDay(addDays(today.date, 7 - today.weekday));
    } else if (this._when === 'month') {
      const [y, m] = today.date.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      params.to = endOfDay(`${today.date.slice(0, 7)}-${String(last).padStart(2, '0')}`);
    } else if (this._when === 'custom') {
      if (this._from) params.from = `${this._from}T00:00:00+08:00`;
      if (this._to) params.to = endOfDay(this._to);
    }
    return params;
  }

  private async applyFilters(): Promise<void> {
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
      this.renderRoot
        .querySelector<HTMLElement>(`[data-event="${CSS.escape(first.id)}"] button[part~="details"]`)
        ?.focus();
    }
  }

  // ---------------------------------------------------------------- views

  private go(view: View): void {
    this._view = view;
    this._notice = '';
    this._cancelId = undefined;
    this._cancelError = undefined;
    if (view !== 'detail') this.revokeCalendar();
    if (view === 'mine') void this.mine.run();
    void this.focusHeading();
  }

  private openDetail(event: UnionEvent): void {
    this._preview = event;
    this._result = undefined;
    this._registerError = undefined;
    this._calendarError = undefined;
    this.revokeCalendar();
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
    const result = await this.runCreate(`register:${eventId}`, (client, options) =>
      use(client, Events).register(eventId, options),
    );
    if (!result.ok) {
      this._registerError = result.error;
      if (result.error.code === 'already_registered' || result.error.code === 'event_full') void this.detail.run();
      return;
    }
    const registration = result.value;
    this.noteRegistration(registration);
    this._result = registration;
    if (this.detail.value?.event.id === eventId) this.detail.value = { ...this.detail.value, registration };
    this.emit('union-event-registered', { registrationId: registration.id, eventId, status: registration.status });
    const s = this.s;
    this.announce(
      registration.status === 'waitlisted'
        ? s.waitlistedAnnounce(registration.waitlistPosition ?? 0)
        : s.confirmedHeading,
    );
    void this.focusHeading('[data-result-heading]');
    void this.refreshEvent(eventId);
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
    const result = await this.runAction(`cancel:${registration.id}`, (client) =>
      use(client, Events).cancelRegistration(registration.id),
    );
    if (!result.ok) {
      this._cancelError = result.error;
      return;
    }
    const cancelled = result.value;
    this._cancelId = undefined;
    this.emit('union-event-registration-cancelled', {
      registrationId: cancelled.id,
      eventId: cancelled.eventId,
      status: cancelled.status,
    });
    this._notice = this.s.cancelled(title);
    this.announce(this._notice);
    if (this._view === 'detail') {
      this._result = undefined;
      await this.detail.run();
    } else {
      await this.mine.run();
    }
    void this.refreshEvent(cancelled.eventId);
    void this.focusHeading();
  }

  private async prepareCalendar(event: UnionEvent): Promise<void> {
    this._calendarError = undefined;
    const result = await this.runAction(`calendar:${event.id}`, (client) => use(client, Events).calendar(event.id));
    if (!result.ok) {
      this._calendarError = result.error;
      return;
    }
    this.revokeCalendar();
    const url = URL.createObjectURL(new Blob([result.value], { type: 'text/calendar;charset=utf-8' }));
    this._calendar = { eventId: event.id, url };
    this.announce(this.s.calendarReady);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('a[part~="calendar-link"]')?.focus();
  }

  /** The download has started from the link: let the URL go shortly after, and offer the button again. */
  private calendarOpened(): void {
    const url = this._calendar?.url;
    if (!url) return;
    clearTimeout(this.#calendarTimer);
    this.#calendarTimer = setTimeout(() => {
      if (this._calendar?.url !== url) return;
      const hadFocus = this.renderRoot.querySelector('a[part~="calendar-link"]') === (this.renderRoot as ShadowRoot).activeElement;
      this.revokeCalendar();
      if (hadFocus) {
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[part~="calendar"]')?.focus());
      }
    }, CALENDAR_URL_TTL_MS);
  }

  private revokeCalendar(): void {
    clearTimeout(this.#calendarTimer);
    this.#calendarTimer = undefined;
    if (this._calendar) {
      URL.revokeObjectURL(this._calendar.url);
      this._calendar = undefined;
    }
  }

  // ---------------------------------------------------------------- render

  protected renderContent(): TemplateResult {
    return html`<div part="header"><p class="muted">${this.s.intro}</p></div>
      ${this.renderViews()}
      <div part="body" class="body">${this.renderView()}</div>`;
  }

  private renderViews(): TemplateResult {
    const s = this.s;
    const onMine = this._view === 'mine';
    const tab = (label: string, current: boolean, view: View) =>
      html`<li>
        <button type="button" part="button tab" aria-current=${current ? 'page' : 'false'} @click=${() => this.go(view)}>
          ${label}
        </button>
      </li>`;
    return html`<nav aria-label=${s.views}>
      <ul class="views" part="views">
        ${tab(s.eventsTab, !onMine, 'list')} ${tab(s.myRegistrationsTab, onMine, 'mine')}
      </ul>
    </nav>`;
  }

  private renderView(): unknown {
    switch (this._view) {
      case 'list':
        return this.renderList();
      case 'detail':
        return this.renderDetail();
      case 'mine':
        return this.renderMine();
    }
  }

  private heading(text: string): TemplateResult {
    return html`<h2 part="heading" data-step-heading tabindex="-1">${text}</h2>`;
  }

  /** "2026年12月3日 09:30–11:00" for a one-day event, else the formatter's range. */
  private range(from: string, to: string): string {
    const f = this.fmt;
    return shanghaiDate(from) === shanghaiDate(to) ? `${f.date(from)} ${f.time(from)}–${f.time(to)}` : f.dateTimeRange(from, to);
  }

  // List -------------------------------------------------------------------

  private renderFilters(): TemplateResult {
    const s = this.s;
    return html`<fieldset class="filters" part="filters">
      <legend>${s.filters}</legend>
      ${selectField<EventCategory | 'all'>({
        id: 'category',
        label: s.category,
        value: this._category || 'all',
        options: [
          { value: 'all', label: s.allCategories },
          ...CATEGORIES.map((c) => ({ value: c, label: this.s.enums.eventCategory[c] })),
        ],
        onChange: (v) => {
          this._category = v === 'all' || v === '' ? '' : v;
          void this.applyFilters();
        },
      })}
      ${selectField<'any' | 'week' | 'month' | 'custom'>({
        id: 'when',
        label: s.when,
        value: this._when || 'any',
        options: [
          { value: 'any', label: s.anyTime },
          { value: 'week', label: s.thisWeek },
          { value: 'month', label: s.thisMonth },
          { value: 'custom', label: s.pickDates },
        ],
        onChange: (v) => {
          this._when = v === 'any' || v === '' ? '' : v;
          void this.applyFilters();
        },
      })}
      ${this._when === 'custom'
        ? html`${textField({
            id: 'from',
            label: s.from,
            type: 'date',
            value: this._from,
            onInput: (v) => {
              this._from = v;
              void this.applyFilters();
            },
          })}
          ${textField({
            id: 'to',
            label: s.to,
            type: 'date',
            value: this._to,
            error: this.datesInvalid ? s.toBeforeFrom : undefined,
            onInput: (v) => {
              this._to = v;
              void this.applyFilters();
            },
          })}`
        : nothing}
    </fieldset>`;
  }

  private renderList(): TemplateResult {
    const s = this.s;
    return html`${this.heading(s.title)} ${this.renderFilters()}
      ${this.list.render({
        ready: (page) => {
          const events = [...page.data, ...this._more];
          const last = this.#lastPage ?? page;
          return html`<ul class="list" part="list">
              ${events.map((e) => this.renderEventCard(e))}
            </ul>
            ${this._moreError
              ? html`<div class="state state-error" part="error-state">
                  <p class="message">${this._moreError.message}</p>
                </div>`
              : nothing}
            ${last.hasNextPage()
              ? html`<div class="more">
                  <button
                    type="button"
                    part="button load-more ${this._moreError ? 'retry' : ''}"
                    aria-busy=${this.isRunning('more') ? 'true' : 'false'}
                    @click=${() => void this.loadMore()}
                  >
                    ${this._moreError ? this.t.common.retry : this.isRunning('more') ? this.t.common.loading : this.t.common.loadMore}
                  </button>
                </div>`
              : nothing}`;
        },
        empty: () => this.renderEmpty(s.noEvents),
      })}`;
  }

  private renderBadges(ev: UnionEvent): TemplateResult {
    const s = this.s;
    const a = availability(ev);
    const label: Record<Availability, string> = {
      open: s.placesLeft(ev.placesLeft),
      waitlist: s.fullWaitlist,
      full: s.full,
      not_open: s.opensOn(this.fmt.dateTime(ev.registrationOpensAt)),
      closed: s.closed,
    };
    return html`<ul class="badges">
      <li class="tag" part="badge category">${this.s.enums.eventCategory[ev.category]}</li>
      ${ev.membersOnly ? html`<li class="tag members" part="badge members-only">${s.membersOnly}</li>` : nothing}
      <li class="tag ${a === 'open' ? 'ok' : a === 'full' || a === 'closed' ? 'full' : ''}" part="badge availability" data-availability=${a}>
        ${label[a]}
      </li>
    </ul>`;
  }

  private renderEventCard(ev: UnionEvent): TemplateResult {
    const s = this.s;
    return html`<li class="card" part="card event" data-event=${ev.id}>
      <h3>${ev.title}</h3>
      ${this.renderBadges(ev)}
      <p>${this.range(ev.startsAt, ev.endsAt)}</p>
      <p class="muted">${ev.venue.name} · ${this.t.enums.district[ev.venue.district]}</p>
      <button type="button" part="button details" aria-label=${s.detailsFor(ev.title)} @click=${() => this.openDetail(ev)}>
        ${s.details}
      </button>
    </li>`;
  }

  // Detail -----------------------------------------------------------------

  private renderDetail(): TemplateResult {
    const s = this.s;
    const preview = this._preview;
    const loaded = this.detail.value?.event;
    const title = (loaded && loaded.id === preview?.id ? loaded.title : preview?.title) ?? s.details;
    return html`${this.heading(title)}
      ${this._notice ? html`<p class="panel" part="notice">${this._notice}</p>` : nothing}
      ${this.detail.render({ ready: (d) => this.renderDetailBody(d) })}
      <div class="actions">
        <button type="button" part="button back" @click=${() => this.go('list')}>${s.backToList}</button>
      </div>`;
  }

  private renderDetailBody({ event: ev, registration }: EventDetail): TemplateResult {
    const s = this.s;
    const district = this.t.enums.district[ev.venue.district];
    return html`<div part="detail">
      ${this.renderBadges(ev)}
      <dl class="facts">
        <dt>${s.time}</dt>
        <dd>${this.range(ev.startsAt, ev.endsAt)}</dd>
        <dt>${s.venue}</dt>
        <dd>${ev.venue.name}<br />${ev.venue.address} · ${district}</dd>
        <dt>${s.registrationWindow}</dt>
        <dd>${s.dateRange(this.fmt.dateTime(ev.registrationOpensAt), this.fmt.dateTime(ev.registrationClosesAt))}</dd>
        <dt>${s.places}</dt>
        <dd>${s.placesSummary(ev.capacity, ev.placesLeft, ev.waitlistCount)}</dd>
      </dl>
      <p class="description" lang="zh-CN">${ev.description}</p>
      ${registration ? this.renderRegistered(ev, registration) : this.renderSignUp(ev)} ${this.renderCalendar(ev)}
    </div>`;
  }

  private renderSignUp(ev: UnionEvent): TemplateResult {
    const s = this.s;
    const a = availability(ev);
    const can = a === 'open' || a === 'waitlist';
    const explain =
      a === 'waitlist'
        ? s.waitlistExplain(ev.waitlistCount)
        : a === 'full'
          ? s.fullExplain
          : a === 'not_open'
            ? s.notOpenExplain(this.fmt.dateTime(ev.registrationOpensAt))
            : a === 'closed'
              ? s.closedExplain
              : '';
    const running = this.isRunning(`register:${ev.id}`);
    const error = this._registerError;
    return html`<div class="panel" part="sign-up">
      ${ev.membersOnly ? html`<p>${s.membersOnlyExplain}</p>` : nothing}
      ${explain ? html`<p id="sign-up-explain">${explain}</p>` : nothing}
      ${error ? this.renderRegisterError(ev, error) : nothing}
      <div class="actions">
        <button
          type="button"
          class="primary"
          part="button button-primary register"
          ?disabled=${!can}
          aria-describedby=${explain ? 'sign-up-explain' : nothing}
          aria-busy=${running ? 'true' : 'false'}
          @click=${() => void this.register(ev)}
        >
          ${running ? s.signingUp : a === 'waitlist' ? s.joinWaitlist : a === 'full' ? s.full : s.signUp}
        </button>
      </div>
    </div>`;
  }

  private renderRegisterError(ev: UnionEvent, error: UnionErrorInfo): TemplateResult {
    const s = this.s;
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
        ? html`<button type="button" part="button retry" @click=${() => void this.register(ev)}>${this.t.common.retry}</button>`
        : nothing}
      ${error.code === 'already_registered'
        ? html`<button type="button" part="button my-registrations" @click=${() => this.go('mine')}>${s.viewMyRegistrations}</button>`
        : nothing}
      ${error.requestId && error.retryable ? html`<p class="muted">${this.t.common.supportReference(error.requestId)}</p>` : nothing}
    </div>`;
  }

  private renderRegistered(ev: UnionEvent, r: EventRegistration): TemplateResult {
    const s = this.s;
    const fresh = this._result?.id === r.id;
    const waitlisted = r.status === 'waitlisted';
    return html`<div class="panel" part="result" data-status=${r.status}>
      ${fresh
        ? html`<h3 data-result-heading tabindex="-1">${waitlisted ? s.waitlistedHeading : s.confirmedHeading}</h3>
            <p>${waitlisted ? s.waitlistedText(r.waitlistPosition ?? 0) : s.confirmedText}</p>`
        : html`<p>${s.alreadyRegistered(this.s.enums.registrationStatus[r.status])}</p>`}
      ${waitlisted && r.waitlistPosition ? html`<p class="big" part="waitlist-position">${s.waitlistPosition(r.waitlistPosition)}</p>` : nothing}
      ${this.wasPromoted(r) ? html`<p class="tag ok">${s.promoted}</p>` : nothing} ${this.renderCancel(r, ev.title)}
    </div>`;
  }

  private renderCalendar(ev: UnionEvent): TemplateResult {
    const s = this.s;
    const ready = this._calendar?.eventId === ev.id ? this._calendar : undefined;
    const running = this.isRunning(`calendar:${ev.id}`);
    return html`<div class="actions">
      ${ready
        ? html`<a
            class="button link-button"
            part="button calendar-link"
            href=${ready.url}
            download=${`${ev.id}.ics`}
            type="text/calendar"
            @click=${() => this.calendarOpened()}
            >${s.downloadCalendar}</a
          >`
        : html`<button
            type="button"
            part="button calendar"
            aria-busy=${running ? 'true' : 'false'}
            @click=${() => void this.prepareCalendar(ev)}
          >
            ${running ? s.preparingCalendar : s.addToCalendar}
          </button>`}
    </div>
    ${this._calendarError && !ready
      ? html`<div class="state state-error" part="error-state"><p class="message">${this._calendarError.message}</p></div>`
      : nothing}`;
  }

  private renderCancel(r: EventRegistration, title: string): TemplateResult {
    const s = this.s;
    if (r.status === 'cancelled') return html``;
    if (this._cancelId !== r.id) {
      return html`<div class="actions">
        <button type="button" part="button cancel" data-cancel-for=${r.id} aria-label=${s.cancelFor(title)} @click=${() => this.askCancel(r.id)}>
          ${s.cancel}
        </button>
      </div>`;
    }
    const running = this.isRunning(`cancel:${r.id}`);
    return html`<div class="panel warn" part="cancel-confirm">
      <p data-cancel-question tabindex="-1">${s.cancelConfirm(title)}</p>
      ${this._cancelError
        ? html`<div class="state state-error" part="error-state"><p class="message">${this._cancelError.message}</p></div>`
        : nothing}
      <div class="actions">
        <button
          type="button"
          class="primary"
          part="button button-primary cancel-yes"
          aria-busy=${running ? 'true' : 'false'}
          @click=${() => void this.cancel(r, title)}
        >
          ${running ? s.cancelling : this._cancelError?.retryable ? this.t.common.retry : s.cancelConfirmYes}
        </button>
        <button type="button" part="button cancel-no" @click=${() => this.keep(r.id)}>${s.cancelConfirmNo}</button>
      </div>
    </div>`;
  }

  // My registrations -------------------------------------------------------

  private renderMine(): TemplateResult {
    const s = this.s;
    return html`${this.heading(s.myRegistrationsHeading)}
      ${this._notice ? html`<p class="panel" part="notice">${this._notice}</p>` : nothing}
      ${this.mine.render({
        ready: (rows) => html`<ul class="list" part="list">
          ${rows.map((row) => this.renderRegistrationRow(row))}
        </ul>`,
        empty: () => html`${this.renderEmpty(s.noRegistrations)}
          <button type="button" part="button back" @click=${() => this.go('list')}>${s.backToList}</button>`,
      })}`;
  }

  private renderRegistrationRow({ registration: r, event: ev }: RegistrationRow): TemplateResult {
    const s = this.s;
    const title = ev?.title ?? s.eventUnavailable;
    return html`<li class="card" part="card registration" data-registration=${r.id} data-event-id=${r.eventId}>
      <h3>${title}</h3>
      ${ev ? html`<p>${this.range(ev.startsAt, ev.endsAt)}</p><p class="muted">${ev.venue.name}</p>` : nothing}
      <ul class="badges">
        <li class="tag ${r.status === 'confirmed' ? 'ok' : ''}" part="badge status">${this.s.enums.registrationStatus[r.status]}</li>
        ${r.status === 'waitlisted' && r.waitlistPosition
          ? html`<li class="tag" part="badge waitlist-position">${s.waitlistPosition(r.waitlistPosition)}</li>`
          : nothing}
        ${this.wasPromoted(r) ? html`<li class="tag ok" part="badge promoted">${s.promoted}</li>` : nothing}
      </ul>
      ${ev
        ? html`<div class="actions">
            <button type="button" part="button details" aria-label=${s.detailsFor(title)} @click=${() => this.openDetail(ev)}>
              ${s.details}
            </button>
          </div>`
        : nothing}
      ${this.renderCancel(r, title)}
    </li>`;
  }
}
