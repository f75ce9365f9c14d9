import { Jobs, type Page } from '@unionkit/sdk';
import type { JobApplication, JobApplicationCreate, JobPosting } from '@unionkit/sdk/types';
import { JOB_APPLICATION_MESSAGE_MAX } from '@unionkit/sdk/validators';
import { html, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { segmented } from '../internal/views/segmented.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { messageOver, renderApplied, renderApply } from './apply-view.js';
import { JobApplications } from './applications.js';
import { renderDetail } from './detail-view.js';
import { jobListingsStyles } from './job-listings.styles.js';
import { renderResults } from './list-view.js';
import { renderMine } from './mine-view.js';
import { EMPTY_FILTERS, renderSearch, toQuery, type Filters, type JobQuery } from './search-view.js';
import { findPersonalNumbers, type PersonalNumbers } from './sensitive.js';
import { jobListingsStrings, type JobListingsStrings } from './strings.js';

/** Version of the privacy notice the consent refers to (the API rejects any other). */
const NOTICE_VERSION = '2026-11';
const PAGE_SIZE = 10;

type View = 'list' | 'detail' | 'apply' | 'applied' | 'mine';


/**
 * @summary Jobs from the union's job service 会聘上海: search and filters, load more, detail, apply with
 * a separate consent, "my applications" and withdraw.
 *
 * Search by keyword, occupation, type of work, district and minimum monthly pay (typed as people type
 * it: "8,000", full-width digits); ten jobs at a time by cursor. A failed search keeps the jobs the
 * worker had, with the error and a retry. The worker's applications are read with the first list, so
 * a job already applied for shows 已投递 and its status instead of 投递简历. Applying takes an optional
 * message (≤ 500 characters as a person counts them) and the separate consent `job_application_sharing`;
 * a message holding a resident ID or mobile number (the join form's checks) is sent only after a
 * question whose default is to edit it. A failed send keeps the message; its retry reuses the
 * idempotency key. "我的投递" lists applications and withdraws one after a confirmation. No event tells
 * the host about applications: a platform must not learn that its rider applies for other jobs.
 *
 * @event union-ready - `{ state: 'ready' | 'empty' }`: the first list of jobs loaded.
 * @event union-error - `{ code, retryable }`: a request failed.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and introduction.
 * @csspart heading - The widget's title.
 * @csspart tabs - "找岗位" / "我的投递" switch.
 * @csspart search - The search and filter form.
 * @csspart filters - The filters' disclosure; `disclosure-toggle` its button.
 * @csspart list - The list of jobs.
 * @csspart item - One job in the list, or one application.
 * @csspart badge - The source badge (会聘上海) and "已投递".
 * @csspart detail - A job's detail.
 * @csspart apply-form - The application form.
 * @csspart consent - The separate consent.
 * @csspart confirm - A question before acting: a message with a personal number, a withdraw.
 * @csspart applications - "我的投递".
 * @csspart button - Every button; `button-primary` the main action of a view; `retry` a retry.
 * @csspart field - A labelled field; `label`, `input`, `hint`, `error` its pieces.
 * @csspart footer - The footer with the 12351 hotline (`hotline`).
 *
 * @cssproperty --union-job-listings-color-primary - Main colour of this widget (falls back to `--union-color-primary`).
 * @cssproperty --union-job-listings-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-job-listings-color-text - Text colour (falls back to `--union-color-text`).
 * @cssproperty --union-job-listings-radius - Corner radius (falls back to `--union-radius`).
 * @cssproperty --union-job-listings-touch-target - Minimum size of controls (falls back to `--union-touch-target`, 44px).
 */
export class UnionJobListings extends UnionElement {
  static override styles = jobListingsStyles;

  static override properties = {
    ...UnionElement.properties,
    _view: { state: true },
    _filters: { state: true },
    _filtersOpen: { state: true },
    _salaryError: { state: true },
    _items: { state: true },
    _nextCursor: { state: true },
    _moreError: { state: true },
    _selected: { state: true },
    _message: { state: true },
    _consent: { state: true },
    _consentAttempted: { state: true },
    _asking: { state: true },
    _applyError: { state: true },
    _lastApplication: { state: true },
    _confirming: { state: true },
    _withdrawError: { state: true },
  };

  declare private _view: View;
  declare private _filters: Filters;
  declare private _filtersOpen: boolean;
  declare private _salaryError: string;
  declare private _items: JobPosting[];
  declare private _nextCursor: string | null;
  declare private _moreError: UnionErrorInfo | undefined;
  declare private _selected: JobPosting | undefined;
  declare private _message: string;
  declare private _consent: boolean;
  declare private _consentAttempted: boolean;
  declare private _asking: PersonalNumbers | undefined;
  declare private _applyError: UnionErrorInfo | undefined;
  declare private _lastApplication: JobApplication | undefined;
  declare private _confirming: string | undefined;
  declare private _withdrawError: UnionErrorInfo | undefined;

  /** The query of the list on screen (what the last search asked). */
  #query: JobQuery = {};
  /** Bumped by every new search, so a late "load more" never lands in another search's list. */
  #generation = 0;
  /** Whether a search has succeeded: a later failure keeps its jobs on screen. */
  #hasResults = false;
  /** Postings seen, by id (list pages and look-ups for "my applications"). */
  readonly #postings = new Map<string, JobPosting>();
  /** The job the application form (message, consent) was filled for. */
  #formJobId: string | undefined;
  /** The message the worker chose to send although it holds a personal number. */
  #sendAnyway: string | undefined;
  /** The job whose detail was opened from the list, to return focus to it. */
  #returnTo: string | undefined;

  /** The list of jobs (the widget's main load), with the worker's applications the first time. */
  readonly jobs = new AsyncState<Page<JobPosting>>(this, async (client, signal) => {
    const generation = ++this.#generation;
    const [page] = await Promise.all([
      use(client, Jobs).list({ ...this.#query, limit: PAGE_SIZE }, { signal }),
      this.#applications.ensure(client, signal),
    ]);
    if (generation === this.#generation) {
      for (const j of page.data) this.#postings.set(j.id, j);
      this._items = page.data;
      this._nextCursor = page.nextCursor;
      this._moreError = undefined;
      this.#hasResults = page.data.length > 0;
    }
    return page;
  });

  readonly #applications = new JobApplications(this, this.#postings);

  constructor() {
    super();
    this._view = 'list';
    this._filters = { ...EMPTY_FILTERS };
    this._filtersOpen = false;
    this._salaryError = '';
    this._items = [];
    this._nextCursor = null;
    this._moreError = undefined;
    this._selected = undefined;
    this._message = '';
    this._consent = false;
    this._consentAttempted = false;
    this._asking = undefined;
    this._applyError = undefined;
    this._lastApplication = undefined;
    this._confirming = undefined;
    this._withdrawError = undefined;
  }

  /** This widget's strings, in the language `this.t` is in (so a page never mixes two). */
  private get s(): JobListingsStrings {
    return this.strings(jobListingsStrings);
  }

  /** The current view: `list`, `detail`, `apply`, `applied` or `mine`. */
  get view(): View {
    return this._view;
  }

  /**
   * Opens a posting's detail by id (e.g. the host's deep link to a job). Resolves `true` once shown,
   * `false` when it could not be loaded (the error is announced and sent as `union-error`).
   */
  async openJob(id: string): Promise<boolean> {
    const result = await this.runAction(`open:${id}`, async (client) => {
      const [job] = await Promise.all([
        this.#postings.get(id) ?? use(client, Jobs).retrieve(id),
        this.#applications.ensure(client, new AbortController().signal),
      ]);
      return job;
    });
    if (!result.ok) return false;
    this.#postings.set(id, result.value);
    this.#openDetail(result.value);
    await this.updateComplete;
    return true;
  }

  // ——— search ———

  #setFilter = <K extends keyof Filters>(key: K, value: Filters[K]): void => {
    this._filters = { ...this._filters, [key]: value };
    if (key === 'salaryYuan') this._salaryError = '';
  };

  #search = async (e: Event): Promise<void> => {
    e.preventDefault();
    const query = toQuery(this._filters);
    if (!query) {
      this._salaryError = this.s.salaryMinInvalid;
      this._filtersOpen = true;
      this.announceError(this.s.salaryMinInvalid);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#job-salary')?.focus();
      return;
    }
    this.#query = query;
    await this.jobs.run();
    if (this.jobs.status === 'ready') this.announce(this.s.resultsShown(this._items.length));
    else if (this.jobs.status === 'empty') this.announce(this.s.noResults);
  };

  #loadMore = async (): Promise<void> => {
    const cursor = this._nextCursor;
    if (!cursor) return;
    const generation = this.#generation;
    const from = this._items.length;
    const query = this.#query;
    const result = await this.runAction('more', async (client) => use(client, Jobs).list({ ...query, limit: PAGE_SIZE, cursor }));
    if (generation !== this.#generation) return;
    if (!result.ok) {
      this._moreError = result.error;
      return;
    }
    this._moreError = undefined;
    for (const j of result.value.data) this.#postings.set(j.id, j);
    this._items = [...this._items, ...result.value.data];
    this._nextCursor = result.value.nextCursor;
    this.announce(this.s.moreLoaded(result.value.data.length));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${from}"] .item-link`)?.focus();
  };

  #show = async (view: View): Promise<void> => {
    this._view = view;
    await this.focusHeading();
  };

  #openDetail = (job: JobPosting): void => {
    this._selected = job;
    this.#returnTo = job.id;
    this._confirming = undefined;
    void this.#show('detail');
    this.announce(job.title);
  };

  #backToList = async (): Promise<void> => {
    this._view = 'list';
    await this.updateComplete;
    const back = this.#returnTo && this.renderRoot.querySelector<HTMLElement>(`[data-job-id="${this.#returnTo}"] .item-link`);
    if (back) back.focus();
    else await this.focusHeading('[data-list-heading]');
  };

  #openApply = (): void => {
    // The consent names one employer and the message was written for one job: another job starts afresh.
    if (this.#formJobId !== this._selected?.id) {
      this.#formJobId = this._selected?.id;
      this._message = '';
      this._consent = false;
    }
    this._applyError = undefined;
    this._consentAttempted = false;
    this._asking = undefined;
    void this.#show('apply');
  };

  #openMine = async (): Promise<void> => {
    this._confirming = undefined;
    this._view = 'mine';
    const loading = this.#applications.mine.run();
    await this.focusHeading();
    await loading;
  };

  #openJobs = (): Promise<void> => this.#backToList();

  // ——— apply ———

  #onMessage = (value: string): void => {
    this._message = value;
    this._asking = undefined;
    // A changed message is another application body: it needs a new idempotency key.
    if (this._selected) this.forgetCreate(`apply:${this._selected.id}`);
  };

  #apply = async (e?: Event): Promise<void> => {
    e?.preventDefault();
    const job = this._selected;
    if (!job || this.isRunning(`apply:${job.id}`)) return;
    const s = this.s;
    const message = this._message.trim();
    const over = messageOver(message);
    if (over) {
      this.announceError(s.messageTooLong(over, JOB_APPLICATION_MESSAGE_MAX));
      this.renderRoot.querySelector<HTMLTextAreaElement>('#job-message')?.focus();
      return;
    }
    if (!this._consent) {
      this._consentAttempted = true;
      this.announceError(s.consentNeeded);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#job-consent')?.focus();
      return;
    }
    // A resident ID or a mobile number for the employer: ask first, "edit" being the default.
    const found = findPersonalNumbers(message);
    if ((found.residentId || found.mobile) && this.#sendAnyway !== message) {
      this._asking = found;
      this.announceError(s.sensitiveHeading);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('[data-sensitive-ask] [data-edit]')?.focus();
      return;
    }
    this._applyError = undefined;
    const body: JobApplicationCreate = {
      consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE_VERSION }],
      ...(message ? { message } : {}),
    };
    const result = await this.runCreate(`apply:${job.id}`, (client, options) => use(client, Jobs).apply(job.id, body, options));
    if (!result.ok) {
      this._applyError = result.error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-apply-error]')?.focus();
      return;
    }
    const application = result.value;
    this.#applications.record(application);
    this._lastApplication = application;
    this._message = '';
    this._consent = false;
    this._consentAttempted = false;
    this._asking = undefined;
    this.#sendAnyway = undefined;
    this.announce(s.appliedHeading);
    await this.#show('applied');
  };

  #editMessage = async (): Promise<void> => {
    this._asking = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#job-message')?.focus();
  };

  #sendAnywayNow = (): void => {
    this.#sendAnyway = this._message.trim();
    this._asking = undefined;
    void this.#apply();
  };

  // ——— withdraw ———

  #askWithdraw = async (application: JobApplication): Promise<void> => {
    this._confirming = application.id;
    this._withdrawError = undefined;
    await this.focusHeading('[data-confirm-heading]');
  };

  #keep = async (application: JobApplication): Promise<void> => {
    this._confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-application-id="${application.id}"] [data-withdraw]`)?.focus();
  };

  #withdraw = async (application: JobApplication): Promise<void> => {
    const result = await this.runAction(`withdraw:${application.id}`, (client) => use(client, Jobs).withdrawApplication(application.id));
    if (!result.ok) {
      this._withdrawError = result.error;
      return;
    }
    this._withdrawError = undefined;
    this.#applications.record(result.value);
    this._confirming = undefined;
    this.announce(this.s.withdrawn);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-application-id="${result.value.id}"] .item-title`)?.focus();
  };

  protected renderContent(): TemplateResult {
    const s = this.s;
    const mine = this._view === 'mine';
    return html`<div part="header">
        <h2 part="heading">${s.title}</h2>
        <p class="muted">${s.intro}</p>
      </div>
      ${segmented({
        label: s.tabsLabel,
        part: 'tabs',
        tabPart: 'button',
        selected: mine ? 'mine' : 'jobs',
        segments: [
          { value: 'jobs', label: s.tabJobs },
          { value: 'mine', label: s.tabMine },
        ],
        onSelect: (tab) => (tab === 'mine' ? this.#openMine() : this.#openJobs()),
      })}
      <div part="body">${this.#renderView()}</div>`;
  }

  #renderView(): unknown {
    const s = this.s;
    const job = this._selected;
    switch (this._view) {
      case 'detail':
        return job
          ? renderDetail({
              s,
              t: this.t,
              fmt: this.fmt,
              job,
              salary: this.#salary(job),
              applied: this.#applications.of(job.id),
              apply: this.#openApply,
              openMine: this.#openMine,
              backToList: this.#backToList,
            })
          : this.#renderList();
      case 'apply':
        return job
          ? renderApply({
              s,
              t: this.t,
              job,
              salary: this.#salary(job),
              message: this._message,
              consent: this._consent,
              consentAttempted: this._consentAttempted,
              sending: this.isRunning(`apply:${job.id}`),
              error: this._applyError,
              asking: this._asking,
              noticeLink: this.renderNoticeLink('job_application_sharing', 'job-consent-label'),
              onMessage: this.#onMessage,
              onConsent: (checked) => (this._consent = checked),
              submit: this.#apply,
              back: () => void this.#show('detail'),
              edit: this.#editMessage,
              sendAnyway: this.#sendAnywayNow,
              openMine: this.#openMine,
              backToList: this.#backToList,
            })
          : this.#renderList();
      case 'applied': {
        const application = this._lastApplication;
        return renderApplied({
          s,
          application,
          job: application ? this.#postings.get(application.jobPostingId) : undefined,
          openMine: this.#openMine,
          backToList: this.#backToList,
        });
      }
      case 'mine':
        return renderMine({
          s,
          t: this.t,
          fmt: this.fmt,
          applications: this.#applications,
          salary: (job) => this.#salary(job),
          confirming: this._confirming,
          withdrawError: this._withdrawError,
          busy: (id) => this.isRunning(`withdraw:${id}`),
          askWithdraw: this.#askWithdraw,
          withdraw: this.#withdraw,
          keep: this.#keep,
        });
      default:
        return this.#renderList();
    }
  }

  #salary(job: JobPosting): string {
    return this.s.salaryRange(this.fmt.money(job.salaryMinFen, { trim: true }), this.fmt.money(job.salaryMaxFen, { trim: true }));
  }

  #renderList(): TemplateResult {
    const s = this.s;
    const search = renderSearch({
      s,
      t: this.t,
      filters: this._filters,
      salaryError: this._salaryError,
      open: this._filtersOpen,
      toggle: () => (this._filtersOpen = !this._filtersOpen),
      set: this.#setFilter,
      submit: this.#search,
    });
    const results = renderResults({
      s,
      t: this.t,
      state: this.jobs,
      keepLast: this.#hasResults,
      items: this._items,
      salary: (job) => this.#salary(job),
      applied: (id) => this.#applications.of(id),
      open: this.#openDetail,
      more: { hasMore: !!this._nextCursor, moreError: this._moreError, loadingMore: this.isRunning('more'), loadMore: this.#loadMore },
    });
    return html`${search}
      <h3 data-list-heading data-step-heading tabindex="-1">${s.resultsHeading}</h3>
      ${results}`;
  }
}
