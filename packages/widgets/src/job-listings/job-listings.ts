import { Jobs, NotFoundError, type Page } from '@unionkit/sdk';
import type {
  DistrictCode,
  EmploymentType,
  JobApplication,
  JobApplicationCreate,
  JobPosting,
  Occupation,
} from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { use } from '../internal/api.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { field, selectField, textField } from '../internal/fields.js';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { jobListingsStyles } from './job-listings.styles.js';
import { jobListingsStrings, type JobListingsStrings } from './strings.js';

/** Version of the privacy notice the consent refers to (the API rejects any other). */
const NOTICE_VERSION = '2026-11';
/** Longest message the worker may send with an application. */
export const MESSAGE_MAX = 500;
const PAGE_SIZE = 10;
const WITHDRAWABLE = new Set<JobApplication['status']>(['submitted', 'viewed', 'interview']);

type View = 'list' | 'detail' | 'apply' | 'applied' | 'mine';

interface Filters {
  q: string;
  occupation: Occupation | '';
  employmentType: EmploymentType | '';
  district: DistrictCode | '';
  /** Whole yuan as typed; sent as fen. */
  salaryYuan: string;
}

type JobQuery = {
  q?: string;
  occupation?: Occupation;
  employmentType?: EmploymentType;
  district?: DistrictCode;
  salaryMin?: number;
};

const EMPTY_FILTERS: Filters = { q: '', occupation: '', employmentType: '', district: '', salaryYuan: '' };

/**
 * @summary Jobs from the union's job service 会聘上海: search and filters, load more, detail, apply with
 * a separate consent, "my applications" and withdraw.
 *
 * The worker searches by keyword and filters by occupation, type of work, district and a minimum
 * monthly pay (in yuan; sent as fen). Results load ten at a time ("加载更多" by cursor; focus moves to
 * the first new job). A job's detail shows pay, description, requirements, benefits and dates. To apply
 * the worker may write a message (≤ 500 characters) and must tick the separate consent
 * `job_application_sharing` (sending the application to this employer); without it the form says why it
 * cannot proceed. A failed application keeps the message and offers a retry that reuses the
 * idempotency key, so the employer never gets it twice. "我的投递" lists the worker's applications with
 * their status and lets them withdraw one after a confirmation.
 *
 * Nothing the worker types leaves the widget except to the union API: events carry ids and statuses.
 *
 * @event union-ready - `{ state: 'ready' | 'empty' }`: the first list of jobs loaded.
 * @event union-error - `{ code, retryable }`: a request failed.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and introduction.
 * @csspart heading - The widget's title.
 * @csspart tabs - "找岗位" / "我的投递" switch.
 * @csspart search - The search and filter form.
 * @csspart filters - The collapsible filters.
 * @csspart list - The list of jobs.
 * @csspart item - One job in the list, or one application.
 * @csspart badge - The source badge (会聘上海) and "已投递".
 * @csspart detail - A job's detail.
 * @csspart apply-form - The application form.
 * @csspart consent - The separate consent.
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
  static override styles = [...baseStyles, widgetTokens('job-listings'), fieldStyles, jobListingsStyles];

  static override properties = {
    ...UnionElement.properties,
    _view: { state: true },
    _filters: { state: true },
    _salaryError: { state: true },
    _items: { state: true },
    _nextCursor: { state: true },
    _moreError: { state: true },
    _selected: { state: true },
    _message: { state: true },
    _consent: { state: true },
    _consentAttempted: { state: true },
    _applyError: { state: true },
    _lastApplication: { state: true },
    _confirming: { state: true },
    _withdrawError: { state: true },
  };

  declare private _view: View;
  declare private _filters: Filters;
  declare private _salaryError: string;
  declare private _items: JobPosting[];
  declare private _nextCursor: string | null;
  declare private _moreError: UnionErrorInfo | undefined;
  declare private _selected: JobPosting | undefined;
  declare private _message: string;
  declare private _consent: boolean;
  declare private _consentAttempted: boolean;
  declare private _applyError: UnionErrorInfo | undefined;
  declare private _lastApplication: JobApplication | undefined;
  declare private _confirming: string | undefined;
  declare private _withdrawError: UnionErrorInfo | undefined;

  /** The query of the list on screen (what the last search asked). */
  #query: JobQuery = {};
  /** Bumped by every new search, so a late "load more" never lands in another search's list. */
  #generation = 0;
  /** Postings seen, by id (list pages and look-ups for "my applications"). */
  readonly #postings = new Map<string, JobPosting>();
  /** The worker's live (not withdrawn) application per posting, as far as this widget knows. */
  readonly #applied = new Map<string, JobApplication>();
  /** The job the application form (message, consent) was filled for. */
  #formJobId: string | undefined;
  /** The job whose detail was opened from the list, to return focus to it. */
  #returnTo: string | undefined;

  /** The list of jobs (the widget's main load). */
  readonly jobs = new AsyncState<Page<JobPosting>>(this, async (client, signal) => {
    const generation = ++this.#generation;
    const page = await use(client, Jobs).list({ ...this.#query, limit: PAGE_SIZE }, { signal });
    if (generation === this.#generation) {
      for (const j of page.data) this.#postings.set(j.id, j);
      this._items = page.data;
      this._nextCursor = page.nextCursor;
      this._moreError = undefined;
    }
    return page;
  });

  /** "我的投递", loaded when opened. */
  readonly applications = new AsyncState<JobApplication[]>(
    this,
    async (client, signal) => {
      const jobs = use(client, Jobs);
      const all: JobApplication[] = [];
      for await (const a of jobs.listApplications({ limit: 100 }, { signal })) all.push(a);
      const missing = [...new Set(all.map((a) => a.jobPostingId))].filter((id) => !this.#postings.has(id));
      await Promise.all(
        missing.map(async (id) => {
          try {
            this.#postings.set(id, await jobs.retrieve(id, { signal }));
          } catch (err) {
            if (!(err instanceof NotFoundError)) throw err;
          }
        }),
      );
      this.#applied.clear();
      for (const a of all) if (a.status !== 'withdrawn') this.#applied.set(a.jobPostingId, a);
      return all;
    },
    { auto: false },
  );

  constructor() {
    super();
    this._view = 'list';
    this._filters = { ...EMPTY_FILTERS };
    this._salaryError = '';
    this._items = [];
    this._nextCursor = null;
    this._moreError = undefined;
    this._selected = undefined;
    this._message = '';
    this._consent = false;
    this._consentAttempted = false;
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
    const known = this.#postings.get(id);
    const result = known
      ? ({ ok: true, value: known } as const)
      : await this.runAction(`open:${id}`, (client) => use(client, Jobs).retrieve(id));
    if (!result.ok) return false;
    this.#postings.set(id, result.value);
    this.#openDetail(result.value);
    await this.updateComplete;
    return true;
  }

  // ——— search ———

  #setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this._filters = { ...this._filters, [key]: value };
    if (key === 'salaryYuan') this._salaryError = '';
  }

  #search = async (e: Event): Promise<void> => {
    e.preventDefault();
    const f = this._filters;
    const salary = f.salaryYuan.trim();
    if (salary && !/^\d{1,7}$/.test(salary)) {
      this._salaryError = this.s.salaryMinInvalid;
      this.announceError(this.s.salaryMinInvalid);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#job-salary')?.focus();
      return;
    }
    const query: JobQuery = {};
    if (f.q.trim()) query.q = f.q.trim();
    if (f.occupation) query.occupation = f.occupation;
    if (f.employmentType) query.employmentType = f.employmentType;
    if (f.district) query.district = f.district;
    if (salary) query.salaryMin = Number(salary) * 100;
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
    const result = await this.runAction('more', async (client) =>
      use(client, Jobs).list({ ...query, limit: PAGE_SIZE, cursor }),
    );
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

  // ——— views ———

  #show = async (view: View, focus = true): Promise<void> => {
    this._view = view;
    if (focus) await this.focusHeading();
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
    void this.#show('apply');
  };

  #openMine = async (): Promise<void> => {
    this._confirming = undefined;
    this._view = 'mine';
    const loading = this.applications.run();
    await this.focusHeading();
    await loading;
  };

  #openJobs = async (): Promise<void> => {
    this._view = 'list';
    await this.focusHeading('[data-list-heading]');
  };

  // ——— apply ———

  #onMessage = (value: string): void => {
    this._message = value.slice(0, MESSAGE_MAX);
    // A changed message is another application body: it needs a new idempotency key.
    if (this._selected) this.forgetCreate(`apply:${this._selected.id}`);
  };

  #onConsent = (checked: boolean): void => {
    this._consent = checked;
  };

  #apply = async (e?: Event): Promise<void> => {
    e?.preventDefault();
    const job = this._selected;
    if (!job) return;
    if (!this._consent) {
      this._consentAttempted = true;
      this.announceError(this.s.consentNeeded);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#job-consent')?.focus();
      return;
    }
    this._applyError = undefined;
    const message = this._message.trim();
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
    this.#applied.set(job.id, application);
    this._lastApplication = application;
    this._message = '';
    this._consent = false;
    this._consentAttempted = false;
    // No event: a platform must never learn that its rider applies for other jobs (PRODUCT.md).
    this.announce(this.s.appliedHeading);
    await this.#show('applied');
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
    const result = await this.runAction(`withdraw:${application.id}`, (client) =>
      use(client, Jobs).withdrawApplication(application.id),
    );
    if (!result.ok) {
      this._withdrawError = result.error;
      return;
    }
    this._withdrawError = undefined;
    const updated = result.value;
    const list = this.applications.value ?? [];
    this.applications.value = list.map((a) => (a.id === updated.id ? updated : a));
    this.#applied.delete(updated.jobPostingId);
    this._confirming = undefined;
    this.announce(this.s.withdrawn);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-application-id="${updated.id}"] .item-title`)?.focus();
  };

  // ——— rendering ———

  protected renderContent(): TemplateResult {
    const s = this.s;
    return html`<div part="header">
        <h2 part="heading">${s.title}</h2>
        <p class="muted">${s.intro}</p>
      </div>
      <div class="tabs" part="tabs" role="group" aria-label=${s.tabsLabel}>
        <button
          type="button"
          part="button"
          aria-pressed=${this._view === 'mine' ? 'false' : 'true'}
          @click=${this.#openJobs}
        >
          ${s.tabJobs}
        </button>
        <button type="button" part="button" aria-pressed=${this._view === 'mine' ? 'true' : 'false'} @click=${this.#openMine}>
          ${s.tabMine}
        </button>
      </div>
      <div part="body">${this.#renderView()}</div>`;
  }

  #renderView(): unknown {
    switch (this._view) {
      case 'detail':
        return this._selected ? this.#renderDetail(this._selected) : this.#renderList();
      case 'apply':
        return this._selected ? this.#renderApply(this._selected) : this.#renderList();
      case 'applied':
        return this.#renderApplied();
      case 'mine':
        return this.#renderMine();
      default:
        return this.#renderList();
    }
  }

  #salary(job: JobPosting): string {
    return this.s.salaryRange(this.fmt.money(job.salaryMinFen, { trim: true }), this.fmt.money(job.salaryMaxFen, { trim: true }));
  }

  #renderSearch(): TemplateResult {
    const s = this.s;
    const f = this._filters;
    const enums = { ...this.t.enums, ...this.s.enums };
    const filtersActive = !!(f.occupation || f.employmentType || f.district || f.salaryYuan);
    return html`<form class="search" part="search" role="search" novalidate @submit=${this.#search}>
      ${textField({
        id: 'job-q',
        label: s.searchLabel,
        type: 'search',
        inputmode: 'search',
        value: f.q,
        placeholder: s.searchPlaceholder,
        maxlength: 100,
        onInput: (v) => this.#setFilter('q', v),
      })}
      <details class="filters" part="filters" ?open=${filtersActive}>
        <summary>${s.filters}</summary>
        ${selectField<Occupation>({
          id: 'job-occupation',
          label: s.occupation,
          value: f.occupation,
          placeholder: s.anyOption,
          options: (Object.keys(enums.occupation) as Occupation[]).map((v) => ({ value: v, label: enums.occupation[v] })),
          onChange: (v) => this.#setFilter('occupation', v),
        })}
        ${selectField<EmploymentType>({
          id: 'job-employment',
          label: s.employmentType,
          value: f.employmentType,
          placeholder: s.anyOption,
          options: (Object.keys(enums.employmentType) as EmploymentType[]).map((v) => ({
            value: v,
            label: enums.employmentType[v],
          })),
          onChange: (v) => this.#setFilter('employmentType', v),
        })}
        ${selectField<DistrictCode>({
          id: 'job-district',
          label: s.district,
          value: f.district,
          placeholder: s.anyOption,
          options: (Object.keys(enums.district) as DistrictCode[]).map((v) => ({ value: v, label: enums.district[v] })),
          onChange: (v) => this.#setFilter('district', v),
        })}
        ${textField({
          id: 'job-salary',
          label: s.salaryMin,
          hint: s.salaryMinHint,
          error: this._salaryError,
          inputmode: 'numeric',
          value: f.salaryYuan,
          maxlength: 7,
          onInput: (v) => this.#setFilter('salaryYuan', v),
        })}
      </details>
      <button type="submit" part="button button-primary" class="primary">${s.searchButton}</button>
    </form>`;
  }

  #renderList(): TemplateResult {
    const s = this.s;
    return html`${this.#renderSearch()}
      <h3 data-list-heading data-step-heading tabindex="-1">${s.resultsHeading}</h3>
      ${this.jobs.render({
        empty: () => html`<p class="state muted" part="empty">${s.noResults}</p>`,
        ready: () => html`<p class="muted">${s.resultsShown(this._items.length)}</p>
          <ul class="plain jobs" part="list">
            ${this._items.map((job, i) => this.#renderItem(job, i))}
          </ul>
          ${this.#renderMore()}`,
      })}`;
  }

  #renderItem(job: JobPosting, index: number): TemplateResult {
    const s = this.s;
    const applied = this.#applied.has(job.id);
    return html`<li part="item" data-job-id=${job.id} data-index=${index}>
      <h4 class="item-title">
        <button type="button" class="item-link" part="button item-link" aria-label=${s.viewDetail(job.title)} @click=${() => this.#openDetail(job)}>
          ${job.title}
        </button>
      </h4>
      <p class="meta">
        <span>${job.employer}</span>
        <span>${this.t.enums.district[job.district]}</span>
        <span>${this.s.enums.employmentType[job.employmentType]}</span>
      </p>
      <p class="meta">
        <span class="salary">${this.#salary(job)}</span>
        <span class="badge" part="badge">${s.source[job.source]}</span>
        ${applied ? html`<span class="badge done" part="badge">${s.alreadyAppliedBadge}</span>` : nothing}
      </p>
    </li>`;
  }

  #renderMore(): unknown {
    const s = this.s;
    const loading = this.isRunning('more');
    if (this._moreError) {
      return html`<div class="notice error" part="error-state">
        <p class="message">${this._moreError.message}</p>
        <button type="button" part="button retry" class="primary" ?disabled=${loading} @click=${this.#loadMore}>
          ${this.t.common.retry}
        </button>
      </div>`;
    }
    if (!this._nextCursor) return nothing;
    return html`<div class="actions">
      <button type="button" part="button load-more" ?disabled=${loading} aria-busy=${loading ? 'true' : 'false'} @click=${this.#loadMore}>
        ${loading ? s.loadingMore : s.loadMore}
      </button>
    </div>`;
  }

  #renderDetail(job: JobPosting): TemplateResult {
    const s = this.s;
    const applied = this.#applied.get(job.id);
    return html`<article part="detail" aria-labelledby="job-detail-title">
      <h3 id="job-detail-title" data-step-heading tabindex="-1">${job.title}</h3>
      <p class="meta">
        <span class="badge" part="badge">${s.source[job.source]}</span>
        ${applied ? html`<span class="badge done" part="badge">${s.alreadyAppliedBadge}</span>` : nothing}
      </p>
      <dl class="stack">
        <div><dt class="muted">${s.employer}</dt><dd>${job.employer}</dd></div>
        <div><dt class="muted">${s.perMonth}</dt><dd class="salary">${this.#salary(job)}</dd></div>
        <div>
          <dt class="muted">${s.district}</dt>
          <dd>${this.t.enums.district[job.district]} · ${this.s.enums.employmentType[job.employmentType]} · ${this.t.enums.occupation[job.occupation]}</dd>
        </div>
        <div>
          <dt class="muted">${s.dates}</dt>
          <dd>${s.postedOn(this.fmt.date(job.postedAt))} · ${s.expiresOn(this.fmt.date(job.expiresAt))}</dd>
        </div>
      </dl>
      <section class="detail-section">
        <h4>${s.description}</h4>
        <p>${job.description}</p>
      </section>
      ${job.requirements.length
        ? html`<section class="detail-section">
            <h4>${s.requirements}</h4>
            <ul>${job.requirements.map((r) => html`<li>${r}</li>`)}</ul>
          </section>`
        : nothing}
      ${job.benefits.length
        ? html`<section class="detail-section">
            <h4>${s.benefits}</h4>
            <ul>${job.benefits.map((b) => html`<li>${b}</li>`)}</ul>
          </section>`
        : nothing}
      <div class="actions">
        ${applied
          ? html`<button type="button" part="button" @click=${this.#openMine}>${s.viewMine}</button>`
          : html`<button type="button" part="button button-primary" class="primary" @click=${this.#openApply}>${s.applyFor}</button>`}
        <button type="button" part="button" @click=${this.#backToList}>${s.backToList}</button>
      </div>
    </article>`;
  }

  #renderApply(job: JobPosting): TemplateResult {
    const s = this.s;
    const sending = this.isRunning(`apply:${job.id}`);
    const consentError = this._consentAttempted && !this._consent ? s.consentNeeded : '';
    return html`<form part="apply-form" novalidate @submit=${this.#apply} aria-labelledby="job-apply-title">
      <h3 id="job-apply-title" data-step-heading tabindex="-1">${s.applyHeading(job.title)}</h3>
      <p class="muted">${job.employer} · ${this.#salary(job)}</p>
      ${field({
        id: 'job-message',
        label: s.message,
        labelSuffix: this.t.common.optional,
        hint: s.messageHint,
        control: (a) => html`<textarea
            id=${a.id}
            part="input"
            maxlength=${MESSAGE_MAX}
            autocomplete="off"
            aria-describedby=${`${a.describedBy ?? ''} job-message-count`.trim()}
            .value=${live(this._message)}
            @input=${(e: InputEvent) => this.#onMessage((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <span class="hint count" id="job-message-count">${s.messageCount([...this._message].length, MESSAGE_MAX)}</span>`,
      })}
      <fieldset class="consent" part="consent">
        <legend>${s.consentHeading}</legend>
        <label class="choice" part="choice">
          <input
            id="job-consent"
            type="checkbox"
            .checked=${live(this._consent)}
            aria-invalid=${consentError ? 'true' : 'false'}
            aria-describedby=${consentError ? 'job-consent-explain job-consent-error' : 'job-consent-explain'}
            @change=${(e: Event) => this.#onConsent((e.target as HTMLInputElement).checked)}
          />
          <span>${s.consentLabel}</span>
        </label>
        <p class="explain" id="job-consent-explain">${s.consentExplain(job.employer)}</p>
        <p class="error" id="job-consent-error" part="error" aria-live="polite">${consentError}</p>
      </fieldset>
      ${this._applyError ? this.#renderApplyError(this._applyError) : nothing}
      <div class="actions">
        <button
          type="submit"
          part="button button-primary"
          class="primary"
          ?disabled=${sending}
          aria-describedby=${ifDefined(this._consent ? undefined : 'job-apply-blocked')}
        >
          ${sending ? s.sending : s.sendApplication}
        </button>
        <button type="button" part="button" @click=${() => this.#show('detail')}>${this.t.common.back}</button>
      </div>
      ${this._consent
        ? nothing
        : html`<p id="job-apply-blocked" class="blocked ${consentError ? 'error' : 'muted'}">${s.consentNeeded}</p>`}
    </form>`;
  }

  #renderApplyError(error: UnionErrorInfo): TemplateResult {
    const s = this.s;
    const message =
      error.code === 'already_applied' ? s.alreadyApplied : error.code === 'job_posting_expired' ? s.postingExpired : error.message;
    return html`<div class="notice error" part="error-state" data-apply-error tabindex="-1">
      <p class="message">${message}</p>
      ${error.retryable
        ? html`<button type="button" part="button retry" class="primary" @click=${() => this.#apply()}>${this.t.common.retry}</button>`
        : nothing}
      ${error.code === 'already_applied'
        ? html`<button type="button" part="button" @click=${this.#openMine}>${s.viewMine}</button>`
        : nothing}
      ${error.code === 'job_posting_expired'
        ? html`<button type="button" part="button" @click=${this.#backToList}>${s.backToList}</button>`
        : nothing}
      ${error.requestId ? html`<p class="muted">${this.t.common.supportReference(error.requestId)}</p>` : nothing}
    </div>`;
  }

  #renderApplied(): TemplateResult {
    const s = this.s;
    const application = this._lastApplication;
    const job = application ? this.#postings.get(application.jobPostingId) : undefined;
    return html`<div class="notice success" part="applied">
      <h3 data-step-heading tabindex="-1">${s.appliedHeading}</h3>
      ${job ? html`<p>${job.title}</p><p>${s.appliedBody(job.employer)}</p>` : nothing}
      ${application
        ? html`<p>${s.status}: <span class="status">${this.s.enums.jobApplicationStatus[application.status]}</span></p>`
        : nothing}
      <div class="actions">
        <button type="button" part="button button-primary" class="primary" @click=${this.#openMine}>${s.viewMine}</button>
        <button type="button" part="button" @click=${this.#backToList}>${s.backToList}</button>
      </div>
    </div>`;
  }

  #renderMine(): TemplateResult {
    const s = this.s;
    return html`<section part="applications" aria-labelledby="job-mine-title">
      <h3 id="job-mine-title" data-step-heading tabindex="-1">${s.mineHeading}</h3>
      ${this.applications.render({
        empty: () => html`<p class="state muted" part="empty">${s.mineEmpty}</p>`,
        ready: (list) => html`<ul class="plain applications">
          ${list.map((a) => this.#renderApplication(a))}
        </ul>`,
      })}
    </section>`;
  }

  #renderApplication(a: JobApplication): TemplateResult {
    const s = this.s;
    const job = this.#postings.get(a.jobPostingId);
    const title = job?.title ?? s.unknownPosting;
    const confirming = this._confirming === a.id;
    const busy = this.isRunning(`withdraw:${a.id}`);
    return html`<li part="item" data-application-id=${a.id}>
      <h4 class="item-title" tabindex="-1">${title}</h4>
      ${job ? html`<p class="meta"><span>${job.employer}</span><span>${this.#salary(job)}</span></p>` : nothing}
      <p class="meta">
        <span>${s.appliedOn(this.fmt.date(a.createdAt))}</span>
        <span>${s.status}: <span class="status">${this.s.enums.jobApplicationStatus[a.status]}</span></span>
      </p>
      ${WITHDRAWABLE.has(a.status) && !confirming
        ? html`<div class="actions">
            <button type="button" part="button" data-withdraw @click=${() => this.#askWithdraw(a)}>${s.withdraw}</button>
          </div>`
        : nothing}
      ${confirming
        ? html`<div class="notice confirm" part="confirm" role="group" aria-labelledby="job-confirm-${a.id}">
            <h5 class="item-title" id="job-confirm-${a.id}" data-confirm-heading tabindex="-1">${s.withdrawConfirmHeading}</h5>
            <p>${s.withdrawConfirmBody(title)}</p>
            ${this._withdrawError
              ? html`<p class="message" part="error">${this._withdrawError.message}</p>
                  ${this._withdrawError.requestId
                    ? html`<p class="muted">${this.t.common.supportReference(this._withdrawError.requestId)}</p>`
                    : nothing}`
              : nothing}
            <div class="actions">
              <button type="button" part="button button-primary" class="primary" ?disabled=${busy} @click=${() => this.#withdraw(a)}>
                ${s.withdrawConfirm}
              </button>
              <button type="button" part="button" @click=${() => this.#keep(a)}>${s.keep}</button>
            </div>
          </div>`
        : nothing}
    </li>`;
  }
}
