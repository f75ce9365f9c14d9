import { Jobs } from '@unionkit/sdk';
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import { html, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { segmented } from '../internal/views/segmented.js';
import { ActionTask, UnionElement } from '../internal/base.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import { PagedList } from '../internal/controllers/paged-list.js';
import { ApplyForm } from './apply-form.js';
import { JobApplications } from './applications.js';
import { jobListingsStyles } from './job-listings.styles.js';
import { renderResults } from './list-view.js';
import { EMPTY_FILTERS, renderSearch, toQuery, type Filters, type JobQuery } from './search-view.js';
import { jobListingsStrings, type JobListingsStrings } from './strings.js';
import { ViewHistory } from '../internal/controllers/view-history.js';
import { OpenUrlLinks } from '../internal/controllers/open-url.js';
import type { Withdrawal } from './withdrawal.js';


type View = 'list' | 'detail' | 'apply' | 'applied' | 'mine';

/** Jobs on a page (the script tag's first paint asks for as many, `first-paint.ts`). */
const PAGE_SIZE = 10;


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
 * @csspart body - The current view.
 * @csspart applied - The application just sent.
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
    _selected: { state: true },
    _lastApplication: { state: true },
  };

  declare private _view: View;
  declare private _filters: Filters;
  declare private _filtersOpen: boolean;
  declare private _salaryError: string;
  declare private _selected: JobPosting | undefined;
  declare private _lastApplication: JobApplication | undefined;

  /** The query of the list on screen (what the last search asked). */
  #query: JobQuery = {};
  /** Postings seen, by id (list pages and look-ups for "my applications"). */
  readonly #postings = new Map<string, JobPosting>();
  /** The job whose detail was opened from the list, to return focus to it. */
  #returnTo: string | undefined;

  /** The jobs, ten at a time (the widget's main load), with the worker's applications the first time. */
  readonly #jobs = new PagedList<JobPosting>(
    this.controllerHost,
    async (client, signal) => {
      const [page] = await Promise.all([
        use(client, Jobs).list({ ...this.#query, limit: PAGE_SIZE }, { signal }),
        this.#applications.ensure(client, signal),
      ]);
      return page;
    },
    {
      onItems: (jobs) => {
        for (const j of jobs) this.#postings.set(j.id, j);
      },
      loadedMore: (count) => this.#strings.moreLoaded(count),
      focusAfterMore: (_job, index) => `[data-index="${index}"] .item-link`,
    },
  );

  readonly #applications = new JobApplications(this.controllerHost, this.#postings);

  /** The application form: message, consent, and the one create per job. */
  readonly #form = new ApplyForm(this.controllerHost);

  /** The form's views, checks and sending: loaded on demand (ahead of need once the list shows). */
  readonly #applyPart = new LazyPart(this.controllerHost, () => import('./apply-part.js'));

  /** A job's detail, reached from the list: loaded on demand (ahead of need once the list shows). */
  readonly #detailPart = new LazyPart(this.controllerHost, () => import('./detail-part.js'));

  /** "我的投递", reached from its tab: loaded on demand (ahead of need once the list shows). */
  readonly #minePart = new LazyPart(this.controllerHost, () => import('./mine-part.js'));

  /** The withdraw of "我的投递", made with that part (`withdrawal.ts`). */
  #withdrawal: Withdrawal | undefined;

  /** A job opened by id (the host's deep link), with the worker's applications. */
  readonly #opening = new ActionTask(
    this.controllerHost,
    async (client, _options, id: string) => {
      const [job] = await Promise.all([
        this.#postings.get(id) ?? use(client, Jobs).retrieve(id),
        this.#applications.ensure(client, new AbortController().signal),
      ]);
      return job;
    },
    { key: (id) => id },
  );

  constructor() {
    super();
    this._view = 'list';
    this._filters = { ...EMPTY_FILTERS };
    this._filtersOpen = false;
    this._salaryError = '';
    this._selected = undefined;
    this._lastApplication = undefined;
  }

  /** This widget's strings, in the language `this.t` is in (so a page never mixes two). */
  get #strings(): JobListingsStrings {
    return this.localStrings(jobListingsStrings);
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
    const result = await this.#opening.run(id);
    if (!result.ok) return false;
    this.#postings.set(id, result.value);
    await this.#openDetail(result.value);
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
      this._salaryError = this.#strings.salaryMinInvalid;
      this._filtersOpen = true;
      this.announceError(this.#strings.salaryMinInvalid);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#job-salary')?.focus();
      return;
    }
    this.#query = query;
    const jobs = this.#jobs;
    await jobs.run();
    if (jobs.load.status === 'ready') this.announce(this.#strings.resultsShown(jobs.items.length));
    else if (jobs.load.status === 'empty') this.announce(this.#strings.noResults);
  };

  /** `tel:` and calendar links an app may open natively (`union-open-url`). */
  readonly #links = new OpenUrlLinks(this);
  readonly #views = new ViewHistory(this, {
    canGoBack: () => this._view !== 'list',
    goBack: () => void (this._view === 'apply' ? this.#show('detail') : this.#backToList()),
  });

  /** Steps back one view (a detail → its list, a form step → the one before); false at the widget's root. */
  back(): boolean {
    return this.#views.back();
  }

  #show = async (view: View): Promise<void> => {
    this._view = view;
    // A view in a part not here yet: its heading takes focus once it is.
    const part = view === 'detail' ? this.#detailPart : view === 'mine' ? this.#minePart : undefined;
    await part?.load().catch(() => undefined);
    await this.focusHeading();
  };

  #openDetail = (job: JobPosting): Promise<void> => {
    this._selected = job;
    this.#returnTo = job.id;
    this.#withdrawal?.cancel();
    this.announce(job.title);
    return this.#show('detail');
  };

  #backToList = async (): Promise<void> => {
    this._view = 'list';
    await this.updateComplete;
    const back = this.#returnTo && this.renderRoot.querySelector<HTMLElement>(`[data-job-id="${this.#returnTo}"] .item-link`);
    if (back) back.focus();
    else await this.focusHeading('[data-list-heading]');
  };

  #openApply = async (): Promise<void> => {
    this.#form.open(this._selected?.id);
    this._view = 'apply';
    // The form's part is usually here already; if not, its heading takes focus once it is.
    await this.#applyPart.load().catch(() => undefined);
    await this.focusHeading();
  };

  #openMine = async (): Promise<void> => {
    this.#withdrawal?.cancel();
    const loading = this.#applications.mine.run();
    await this.#show('mine');
    await loading;
  };

  #openJobs = (): Promise<void> => this.#backToList();

  // ——— apply ———

  #applied = (application: JobApplication | undefined): void => {
    if (!application) return;
    this.#applications.record(application);
    this._lastApplication = application;
    this.announce(this.#strings.appliedHeading);
    void this.#show('applied');
  };

  protected renderContent(): TemplateResult {
    const s = this.#strings;
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
    const s = this.#strings;
    const job = this._selected;
    switch (this._view) {
      case 'detail':
        return job
          ? this.#detailPart.render((part) =>
              part.renderDetail({
                s,
                ds: this.localStrings(part.detailStrings),
                t: this.t,
                fmt: this.fmt,
                job,
                salary: this.#salary(job),
                applied: this.#applications.of(job.id),
                apply: this.#openApply,
                openMine: this.#openMine,
                backToList: this.#backToList,
              }),
            )
          : this.#renderList();
      case 'apply':
        return job
          ? this.#applyPart.render((part) =>
              part.renderApply({
                s,
                fs: this.localStrings(part.applyStrings),
                t: this.t,
                job,
                salary: this.#salary(job),
                form: this.#form,
                noticeLink: this.renderNoticeLink('job_application_sharing', 'job-consent-label'),
                applied: this.#applied,
                back: () => void this.#show('detail'),
                openMine: this.#openMine,
                backToList: this.#backToList,
              }),
            )
          : this.#renderList();
      case 'applied': {
        const application = this._lastApplication;
        return this.#applyPart.render((part) =>
          part.renderApplied({
            s,
            fs: this.localStrings(part.applyStrings),
            locale: this.t.locale,
            application,
            job: application ? this.#postings.get(application.jobPostingId) : undefined,
            openMine: this.#openMine,
            backToList: this.#backToList,
          }),
        );
      }
      case 'mine':
        return this.#minePart.render((part) =>
          part.renderMine({
            s,
            ms: this.localStrings(part.mineStrings),
            t: this.t,
            fmt: this.fmt,
            applications: this.#applications,
            salary: (job) => this.#salary(job),
            withdrawal: (this.#withdrawal ??= new part.Withdrawal(this.controllerHost, this.#applications)),
          }),
        );
      default:
        return this.#renderList();
    }
  }

  #salary(job: JobPosting): string {
    return this.#strings.salaryRange(this.fmt.money(job.salaryMinFen, { trim: true }), this.fmt.money(job.salaryMaxFen, { trim: true }));
  }

  #renderList(): TemplateResult {
    const s = this.#strings;
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
      state: this.#jobs.load,
      keepLast: this.#jobs.hasResults,
      items: this.#jobs.items,
      salary: (job) => this.#salary(job),
      applied: (id) => this.#applications.of(id),
      open: this.#openDetail,
      more: this.#jobs,
    });
    return html`${search}
      <h3 data-list-heading data-step-heading tabindex="-1">${s.resultsHeading}</h3>
      ${results}`;
  }
}
