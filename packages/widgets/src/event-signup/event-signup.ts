import { Events } from '@unionkit/sdk';
import type { Companion, Event as UnionEvent, EventRegistration } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { segmented } from '../internal/views/segmented.js';
import { ActionTask, LoadTask, UnionElement } from '../internal/base.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import { PagedList } from '../internal/controllers/paged-list.js';
import { CalendarFile } from './calendar.js';
import { listParams, type When } from './dates.js';
import { eventSignupStyles } from './event-signup.styles.js';
import type { EventViewContext, FilterState } from './list-view.js';
import type { CompanionParty } from './party.js';
import type { CancelPanel, EventDetail, RegistrationRow } from './registration-view.js';
import { Promotions, readDetail, readMine } from './registrations.js';
import { eventSignupStrings, type EventSignupStrings } from './strings.js';
import { detailView, listView, mineView } from './views.js';
import { ViewHistory } from '../internal/controllers/view-history.js';
import { OpenUrlLinks } from '../internal/controllers/open-url.js';

export type { EventDetail, RegistrationRow } from './registration-view.js';

type View = 'list' | 'detail' | 'mine';

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
 * A family event (one with `maxCompanions`) asks who comes along before the sign-up is confirmed:
 * children, a spouse or parents by relation and year of birth (never a name), checked against the
 * event's terms with each message tied to its field; places count the whole party, and a party too
 * large for the places left waits as one. Companions never reach the host page.
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
 * @event union-open-url - The worker tapped the 12351 hotline or the calendar file (cancelable, for an app to open them natively): `{ kind: 'tel', url, number }`, or `{ kind: 'calendar', url, filename }` with the `.ics` text (`ics`) and the event's `title`, `start`, `end` (ISO 8601, +08:00), `timeZone`, `location`, `address`, `description`.
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
 * @csspart result - The sign-up result (confirmed / waitlisted). @csspart people - How many places a party holds.
 * @csspart companions - A family event's companions step. @csspart companion - One companion's fields. @csspart party-size - The party's size against the places left.
 * @csspart calendar-link - The "download calendar file" link.
 * @csspart button - Every button (also `button-primary`, `details`, `register`, `join`, `calendar`, `cancel`, `cancel-yes`, `cancel-no`, `load-more`, `back`, `add-companion`, `remove-companion`, `confirm-sign-up`, `back-to-event`).
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error-state - Error with retry. @csspart retry - Retry button.
 * @csspart footer - The 12351 hotline footer. @csspart hotline - Its `tel:` link.
 * @csspart category - An event's category badge (also a `badge`).
 * @csspart members-only - The "members only" badge (also a `badge`).
 * @csspart availability - Places left, full or closed (also a `badge`; `data-availability`).
 * @csspart status - A registration's status badge (also a `badge`).
 * @csspart waitlist-position - The place on the waitlist.
 * @csspart promoted - The badge of a registration moved up from the waitlist (also a `badge`).
 * @csspart my-registrations - The button that opens "我的报名".
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
    _preview: { state: true },
    _result: { state: true },
    _cancelId: { state: true },
    _notice: { state: true },
  };

  declare private _view: View;
  declare private _filters: Omit<FilterState, 'datesInvalid'>;
  /** The event whose detail is open (from the list, until the fresh one arrives). */
  declare private _preview: UnionEvent | undefined;
  /** The registration just made in the detail. */
  declare private _result: EventRegistration | undefined;
  /** The registration whose cancellation is being confirmed. */
  declare private _cancelId: string | undefined;
  declare private _notice: string;
  /** A family event's companions step, made with the registration part: who comes along, as entered. */
  #party: CompanionParty | undefined;

  readonly #promotions = new Promotions();

  /**
   * The detail with sign-up, the calendar link and "我的报名" rows (registration-view.ts): not needed
   * for the list, so it comes in its own chunk, fetched ahead of need. What they show lives here.
   */
  readonly #registrationView = new LazyPart(this.controllerHost, () => import('./registration-view.js'));

  readonly #calendar = new CalendarFile(
    this.controllerHost,
    (client, eventId) => use(client, Events).calendar(eventId),
    () => this.announce(this.#strings.calendarReady),
  );

  /** The events, ten at a time: the main load. */
  readonly #events = new PagedList<UnionEvent>(
    this.controllerHost,
    (client, signal) => {
      const f = this._filters;
      return use(client, Events).list(listParams(f.category, f.when, f.from, f.to), { signal });
    },
    {
      loadedMore: (count) => this.#strings.loadedMore(count),
      focusAfterMore: (event) => `[data-event="${CSS.escape(event.id)}"] button[part~="details"]`,
    },
  );

  /** The open event, fresh, with the worker's registration for it and, if members only, their membership. */
  readonly #detail = new LoadTask<EventDetail>(
    this.controllerHost,
    (client, signal) => readDetail(client, this._preview!, signal, this.#promotions),
    { auto: false },
  );

  /** "我的报名": registrations joined with their events' titles and times. */
  readonly #mine = new LoadTask<RegistrationRow[]>(this.controllerHost, (client, signal) => readMine(client, signal, this.#promotions), {
    auto: false,
  });

  /** Signing up (with a family event's companions): one create per event, whatever the network does. */
  readonly #registration = new ActionTask(
    this.controllerHost,
    (client, options, eventId: string, companions?: Companion[]) =>
      use(client, Events).register(eventId, companions ? { companions } : {}, options),
    { idempotent: true, key: (eventId) => eventId },
  );

  readonly #cancellation = new ActionTask(
    this.controllerHost,
    (client, _options, registrationId: string) => use(client, Events).cancelRegistration(registrationId),
    { key: (registrationId) => registrationId },
  );

  constructor() {
    super();
    this._view = 'list';
    this._filters = { category: '', when: '' as When, from: '', to: '' };
    this._preview = undefined;
    this._result = undefined;
    this._cancelId = undefined;
    this._notice = '';
  }

  get #strings(): EventSignupStrings {
    return this.localStrings(eventSignupStrings);
  }

  get #ctx(): EventViewContext {
    return { s: this.#strings, t: this.t, fmt: this.fmt, local: (table) => this.localStrings(table) };
  }

  // ---------------------------------------------------------------- list

  /** Whether the chosen dates are the wrong way round. */
  get #datesInvalid(): boolean {
    const f = this._filters;
    return f.when === 'custom' && !!f.from && !!f.to && f.to < f.from;
  }

  async #applyFilters(change: Partial<Omit<FilterState, 'datesInvalid'>>): Promise<void> {
    this._filters = { ...this._filters, ...change };
    if (this.#datesInvalid) return;
    const list = this.#events;
    await list.run();
    if (list.load.status === 'ready' || list.load.status === 'empty') this.announce(this.#strings.found(list.items.length));
  }

  // ---------------------------------------------------------------- views

  /** `tel:` and calendar links an app may open natively (`union-open-url`). */
  readonly #links = new OpenUrlLinks(this, (link) => this.#calendar.offer(link));
  readonly #views = new ViewHistory(this, { canGoBack: () => this._view !== 'list', goBack: () => this.#go('list') });

  /** Steps back one view (a detail → its list, a form step → the one before); false at the widget's root. */
  back(): boolean {
    return this.#views.back();
  }

  #go(view: View): void {
    this._view = view;
    this._notice = '';
    this._cancelId = undefined;
    this.#cancellation.clear();
    if (view !== 'detail') this.#calendar.revoke();
    if (view === 'mine') void this.#mine.run();
    void this.focusHeading();
  }

  #openDetail(event: UnionEvent): void {
    // What was entered for this event's party stays (a worker may look elsewhere and come back).
    this.#party?.keepOnly(event.id);
    this._preview = event;
    this._result = undefined;
    this.#registration.clear();
    this.#calendar.revoke();
    this.#go('detail');
    void this.#detail.run();
  }

  /** Replaces an event everywhere it is shown (places left change after a sign-up or cancel). */
  #patchEvent(event: UnionEvent): void {
    this.#events.replace(event, (e) => e.id === event.id);
    if (this.#detail.value?.event.id === event.id) this.#detail.value = { ...this.#detail.value, event };
  }

  /** Quietly refreshes an event (no loading state; a failure leaves what is shown). */
  async #refreshEvent(id: string): Promise<void> {
    const client = this.resolvedClient;
    if (!client) return;
    try {
      this.#patchEvent(await use(client, Events).retrieve(id));
    } catch {
      // What is shown stays; the next load brings it up to date.
    }
  }

  // ---------------------------------------------------------------- actions

  async #register(event: UnionEvent, companions?: Companion[]): Promise<void> {
    const eventId = event.id;
    const result = await this.#registration.run(eventId, companions);
    const detail = this.#detail.value?.event.id === eventId ? this.#detail.value : undefined;
    if (!result.ok) {
      if (this.#party?.current?.eventId === eventId && result.error.fieldErrors.length > 0) this.#party.showProblems();
      if (result.error.code === 'already_registered' || result.error.code === 'event_full') void this.#detail.run();
      // The API says the worker is not a member: offer joining from now on.
      if (result.error.code === 'members_only' && detail) this.#detail.value = { ...detail, member: 'not_member' };
      return;
    }
    // Nothing goes to the host page: a registration (and who comes along) is the worker's business alone.
    const registration = result.value;
    this.#party?.sent(eventId);
    this.#promotions.note(registration);
    this._result = registration;
    if (detail) this.#detail.value = { ...detail, registration };
    const s = this.#strings;
    this.announce(registration.status === 'waitlisted' ? s.waitlistedAnnounce(registration.waitlistPosition ?? 0) : s.confirmedHeading);
    void this.focusHeading('[data-result-heading]');
    void this.#refreshEvent(eventId);
  }

  /** The host shows the join flow; which event it was stays here. */
  #requestJoin(): void {
    this.emit('union-join-requested', { reason: 'not_a_member' });
  }

  async #cancel(registration: EventRegistration, title: string): Promise<void> {
    const result = await this.#cancellation.run(registration.id);
    if (!result.ok) return;
    this._cancelId = undefined;
    // Leaving a waitlist frees no place: say what happened, not what a cancellation would do.
    this._notice = registration.status === 'waitlisted' ? this.#strings.leftWaitlist(title) : this.#strings.cancelled(title);
    this.announce(this._notice);
    if (this._view === 'detail') {
      this._result = undefined;
      await this.#detail.run();
    } else {
      await this.#mine.run();
    }
    void this.#refreshEvent(result.value.eventId);
    void this.focusHeading();
  }

  get #cancelPanel(): CancelPanel {
    return {
      openFor: this._cancelId,
      error: this.#cancellation.error,
      running: (id) => this.#cancellation.running(id),
      ask: (id) => {
        this._cancelId = id;
        this.#cancellation.clear();
        void this.focusHeading('[data-cancel-question]');
      },
      keep: (id) => {
        this._cancelId = undefined;
        this.#cancellation.clear();
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`button[data-cancel-for="${CSS.escape(id)}"]`)?.focus());
      },
      confirm: (r, title) => void this.#cancel(r, title),
    };
  }

  // ---------------------------------------------------------------- render

  protected renderContent(): TemplateResult {
    const s = this.#strings;
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
        onSelect: (view) => this.#go(view),
      })}
      <div part="body" class="body">
        ${this._view === 'list' ? this.#renderList() : this._view === 'detail' ? this.#renderDetail() : this.#renderMine()}
      </div>`;
  }

  /** The registration part's template once it and its words are here in the widget's language (never a mix of two). */
  #inPart(render: (view: typeof import('./registration-view.js')) => unknown): unknown {
    return this.#registrationView.render((view) => {
      this.localStrings(view.detailStrings);
      return this.t.locale === 'zh-CN' || view.detailStrings[this.t.locale] !== undefined ? render(view) : this.renderLoading();
    });
  }

  #renderList(): TemplateResult {
    return listView(this.#ctx, {
      filters: { ...this._filters, datesInvalid: this.#datesInvalid },
      changeFilters: (change) => void this.#applyFilters(change),
      events: this.#events,
      open: (ev) => this.#openDetail(ev),
    });
  }

  #renderDetail(): TemplateResult {
    const preview = this._preview;
    const loaded = this.#detail.value?.event;
    const calendar = this.#calendar;
    return detailView(this.#ctx, {
      title: (loaded && loaded.id === preview?.id ? loaded.title : preview?.title) ?? this.#strings.details,
      notice: this._notice,
      detail: this.#detail,
      body: (d) =>
        this.#inPart((view) =>
          view.renderDetailBody(
            this.#ctx,
            d,
            {
              result: this._result,
              registerError: this.#registration.error,
              registering: this.#registration.running(d.event.id),
              calendar: { ready: calendar.ready, error: calendar.error, running: calendar.running(d.event.id) },
              promoted: (r) => this.#promotions.promoted(r),
              party: (this.#party ??= new view.CompanionParty(this.controllerHost, this.#registration)),
            },
            {
              register: (ev, companions) => void this.#register(ev, companions),
              requestJoin: () => this.#requestJoin(),
              showMine: () => this.#go('mine'),
              prepareCalendar: (ev) => void calendar.prepare(ev),
              calendarOpened: () => calendar.opened(),
            },
            this.#cancelPanel,
          ),
        ),
      back: () => this.#go('list'),
    });
  }

  #renderMine(): TemplateResult {
    const open = (ev: UnionEvent) => this.#openDetail(ev);
    const promoted = (r: EventRegistration) => this.#promotions.promoted(r);
    return mineView(this.#ctx, {
      notice: this._notice,
      mine: this.#mine,
      rows: (rows) => this.#inPart((view) => view.renderRegistrations(this.#ctx, rows, this.#cancelPanel, promoted, open)),
      back: () => this.#go('list'),
    });
  }
}
