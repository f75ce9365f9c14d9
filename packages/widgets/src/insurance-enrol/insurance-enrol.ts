import { Insurance } from '@unionkit/sdk';
import type { ConsentGrant, InsuranceEnrolment, InsuranceEnrolmentCreate, InsurancePlan } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { segmented } from '../internal/views/segmented.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { birthDateProblem, renderConfirm } from './confirm-view.js';
import { renderEnrolment, renderEnrolmentFacts, resultText } from './enrolment-view.js';
import { insuranceEnrolStyles } from './insurance-enrol.styles.js';
import { renderPlan } from './plan-view.js';
import { ageRange, statusText, type InsurancePlanRow, type InsuranceViewContext } from './shared.js';
import { insuranceStrings, type InsuranceEnrolStrings } from './strings.js';

export type { InsurancePlanRow } from './shared.js';

/** The privacy notice version every consent names (see docs/api-behaviour.md). */
const NOTICE_VERSION = '2026-11';

type View = 'plans' | 'confirm' | 'done' | 'enrolments' | 'certificate';

/**
 * @summary The union's mutual-aid protection (职工互助保障): plans, eligibility, one-click enrolment,
 * the worker's cover, certificate and cancellation.
 *
 * @description
 * Lists the plans with their benefits, contribution, who pays it (工会补贴 / 平台 / 个人), what the worker
 * pays, the term (from 1 December, the next calendar year), the enrolment window and the age limits,
 * and ONE status per plan for this worker: already in it; enrolment not open (when it opens or when it
 * closed); outside its ages; eligible ("一键参保"); or why not, in plain words (not a member → a
 * "去入会" button the host answers by showing `<union-membership-join>`). "一键参保" opens a
 * confirmation (what you get, what you pay, the cover dates, the date of birth when a plan with age
 * limits needs it and the union does not know it, the optional separate consent to tell the platform
 * about the cover, unchecked by default) and enrols once, whatever the network does. Until the day cover
 * starts the widget says "保障自 D 起生效", never that cover is in force. "我的保障" lists the worker's
 * enrolments with status, cover dates and certificate, and cancels one after a confirmation. No payment
 * ever happens in the widget: a plan the worker pays for waits for the union to collect it.
 *
 * ```html
 * <union-provider base-url="https://…/v1"><union-insurance-enrol></union-insurance-enrol></union-provider>
 * ```
 *
 * @event union-ready - First load finished: `{ state: 'ready' | 'empty' }`.
 * @event union-insurance-enrolled - Enrolled: `{ enrolmentId, planId, status }`. Coverage status: only while the worker shares their status with the platform.
 * @event union-insurance-cancelled - An enrolment was cancelled: `{ enrolmentId, planId, status: 'cancelled' }`. Coverage status, likewise.
 * @event union-join-requested - A non-member pressed "去入会" on a members-only plan: `{ reason: 'not_a_member' }` (not which plan). Show `<union-membership-join>`.
 * @event union-error - A request failed: `{ code, retryable }`.
 *
 * @csspart base - The wrapper (carries the theme and care-mode classes).
 * @csspart header - Title and intro.
 * @csspart heading - The current view's heading.
 * @csspart views - The switch between "保障计划" and "我的保障".
 * @csspart tab - A tab of that switch (`aria-selected="true"` on the current one).
 * @csspart body - The current view.
 * @csspart list - The list of plans or of enrolments.
 * @csspart card - One plan or enrolment (also `plan` / `enrolment`).
 * @csspart age-limits - A plan's age limits.
 * @csspart eligibility - A plan's status for this worker (also `eligible`, `not-eligible`, `enrolled`, `closed`).
 * @csspart button - Every button (also `button-primary`, `enrol`, `confirm`, `join`, `cancel`, `certificate`, `back`).
 * @csspart field - The date of birth, when asked. @csspart consent - The optional separate consent.
 * @csspart result - The enrolment just made. @csspart status - An enrolment's status.
 * @csspart certificate-number - The certificate number.
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error-state - Error with retry.
 * @csspart retry - The retry button.
 * @csspart footer - The 12351 hotline footer. @csspart hotline - Its `tel:` link.
 *
 * @cssproperty --union-insurance-enrol-color-primary - Brand colour for this widget (falls back to `--union-color-primary`).
 * @cssproperty --union-insurance-enrol-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-insurance-enrol-color-surface-variant - Status tags (falls back to `--union-color-surface-variant`).
 * @cssproperty --union-insurance-enrol-color-success - "Eligible", "active" and a done enrolment (falls back to `--union-color-success`).
 * @cssproperty --union-insurance-enrol-color-danger - Errors (falls back to `--union-color-danger`).
 * @cssproperty --union-insurance-enrol-radius - Corner radius of cards and buttons (falls back to `--union-radius`).
 * @cssproperty --union-insurance-enrol-space - Spacing unit (falls back to `--union-space`).
 */
export class UnionInsuranceEnrol extends UnionElement {
  static override styles = insuranceEnrolStyles;

  static override properties = {
    ...UnionElement.properties,
    _view: { state: true },
    _planId: { state: true },
    _share: { state: true },
    _askBirthDate: { state: true },
    _birthDate: { state: true },
    _birthDateError: { state: true },
    _ageRefused: { state: true },
    _enrolError: { state: true },
    _enrolment: { state: true },
    _certificateId: { state: true },
    _cancelId: { state: true },
    _cancelError: { state: true },
    _notice: { state: true },
  };

  declare private _view: View;
  /** The plan being confirmed. */
  declare private _planId: string | undefined;
  /** The optional consent `share_status_with_platform` (unchecked by default). */
  declare private _share: boolean;
  /** The plan has age limits and the union does not know the worker's date of birth. */
  declare private _askBirthDate: boolean;
  /** What the worker typed (kept on error; never stored or sent anywhere but the enrolment). */
  declare private _birthDate: string;
  declare private _birthDateError: string;
  /** The API refused the age: no confirm button until the typed date changes. */
  declare private _ageRefused: boolean;
  declare private _enrolError: UnionErrorInfo | undefined;
  /** The enrolment just made. */
  declare private _enrolment: InsuranceEnrolment | undefined;
  declare private _certificateId: string | undefined;
  /** The enrolment whose cancellation is being confirmed. */
  declare private _cancelId: string | undefined;
  declare private _cancelError: UnionErrorInfo | undefined;
  /** A note at the top of "my enrolments" (e.g. "cancelled"). */
  declare private _notice: string;

  /** Plans with the worker's eligibility: the main load. */
  readonly plans = new AsyncState<InsurancePlanRow[]>(this, async (client, signal) => {
    const insurance = use(client, Insurance);
    const page = await insurance.listPlans({ limit: 100 }, { signal });
    const eligibility = await Promise.all(page.data.map((p) => insurance.checkEligibility(p.id, { signal })));
    return page.data.map((plan, i) => ({ plan, eligibility: eligibility[i]! }));
  });

  /** The worker's enrolments, loaded when "我的保障" opens. */
  readonly enrolments = new AsyncState<InsuranceEnrolment[]>(
    this,
    async (client, signal) => (await use(client, Insurance).listEnrolments({ limit: 100 }, { signal })).data,
    { auto: false },
  );

  /** One enrolment, for its certificate. */
  readonly certificate = new AsyncState<InsuranceEnrolment>(
    this,
    (client, signal) => use(client, Insurance).retrieveEnrolment(this._certificateId!, { signal }),
    { auto: false },
  );

  /** Plans' eligibility changed (an enrolment was made or cancelled): reload when plans show again. */
  #plansStale = false;

  constructor() {
    super();
    this._view = 'plans';
    this._planId = undefined;
    this._share = false;
    this._askBirthDate = false;
    this._birthDate = '';
    this._birthDateError = '';
    this._ageRefused = false;
    this._enrolError = undefined;
    this._enrolment = undefined;
    this._certificateId = undefined;
    this._cancelId = undefined;
    this._cancelError = undefined;
    this._notice = '';
  }

  private get s(): InsuranceEnrolStrings {
    return this.strings(insuranceStrings);
  }

  private get ctx(): InsuranceViewContext {
    const en = this.t.locale === 'en';
    return {
      s: this.s,
      t: this.t,
      fmt: this.fmt,
      planName: (plan) => (!plan ? this.s.unknownPlan : en && plan.nameEn ? plan.nameEn : plan.name),
    };
  }

  private rowById(id: string): InsurancePlanRow | undefined {
    return this.plans.value?.find((r) => r.plan.id === id);
  }

  private planById(id: string): InsurancePlan | undefined {
    return this.rowById(id)?.plan;
  }

  private go(view: View): void {
    this._view = view;
    this._notice = '';
    if (view === 'plans' && this.#plansStale) {
      this.#plansStale = false;
      void this.plans.run();
    }
    if (view === 'enrolments') void this.enrolments.run();
    void this.focusHeading();
  }

  // ---------------------------------------------------------------- actions

  private startEnrol(planId: string): void {
    this._planId = planId;
    this._share = false;
    this._askBirthDate = this.rowById(planId)?.eligibility.reasons.includes('birth_date_required') ?? false;
    this._birthDateError = '';
    this._ageRefused = false;
    this._enrolError = undefined;
    this._view = 'confirm';
    this.announce(this.s.confirmHeading);
    void this.focusHeading();
  }

  /** What will be sent changed: a new create, not a replay of the failed one. */
  private bodyChanged(): void {
    if (this._planId) this.forgetCreate(`enrol:${this._planId}`);
  }

  private setShare(checked: boolean): void {
    if (checked === this._share) return;
    this._share = checked;
    this.bodyChanged();
  }

  private setBirthDate(value: string): void {
    if (value === this._birthDate) return;
    this._birthDate = value;
    this._birthDateError = '';
    this._ageRefused = false;
    this.bodyChanged();
  }

  private async focusBirthDate(message: string): Promise<void> {
    this._birthDateError = message;
    this.announceError(message);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#birth-date')?.focus();
  }

  private async enrol(): Promise<void> {
    const planId = this._planId;
    if (!planId) return;
    const s = this.s;
    const row = this.rowById(planId);
    if (this._askBirthDate) {
      const problem = birthDateProblem(this._birthDate, s);
      if (problem) return this.focusBirthDate(problem);
    }
    const consents: ConsentGrant[] = this._share ? [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE_VERSION }] : [];
    const body: InsuranceEnrolmentCreate = { planId };
    if (consents.length) body.consents = consents;
    if (this._askBirthDate) body.birthDate = this._birthDate;
    this._enrolError = undefined;
    this._birthDateError = '';
    const result = await this.runCreate(`enrol:${planId}`, (client, options) => use(client, Insurance).enrol(body, options));
    if (!result.ok) {
      const error = result.error;
      this._enrolError = error;
      if (['not_eligible', 'already_enrolled', 'age_out_of_range'].includes(error.code)) this.#plansStale = true;
      const range = row ? ageRange(this.ctx, row.plan, row.eligibility) : '';
      if (error.code === 'birth_date_required') {
        this._askBirthDate = true;
        return this.focusBirthDate(s.birthDateMissing);
      }
      if (error.code === 'age_out_of_range') {
        this._ageRefused = true;
        if (this._askBirthDate) return this.focusBirthDate(s.birthDateOutOfRange(range));
      }
      if (error.code === 'validation_failed' && error.fieldErrors.some((f) => f.path === 'birthDate')) {
        return this.focusBirthDate(s.birthDateInvalid);
      }
      return;
    }
    const enrolment = result.value;
    this._enrolment = enrolment;
    this._birthDate = '';
    this.#plansStale = true;
    this._view = 'done';
    // Coverage status: the base class sends it only if the worker shares their status with the platform.
    void this.emit('union-insurance-enrolled', { enrolmentId: enrolment.id, planId: enrolment.planId, status: enrolment.status });
    const ctx = this.ctx;
    this.announce(s.enrolledAnnounce(ctx.planName(this.planById(enrolment.planId)), statusText(ctx, enrolment)));
    void this.focusHeading();
  }

  private requestJoin(): void {
    this.emit('union-join-requested', { reason: 'not_a_member' });
  }

  private openCertificate(id: string): void {
    this._certificateId = id;
    this._view = 'certificate';
    void this.certificate.run();
    void this.focusHeading();
  }

  private askCancel(id: string): void {
    this._cancelId = id;
    this._cancelError = undefined;
    void this.focusHeading('[data-cancel-question]');
  }

  private keepEnrolment(id: string): void {
    this._cancelId = undefined;
    this._cancelError = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`button[data-cancel-for="${CSS.escape(id)}"]`)?.focus(),
    );
  }

  private async cancel(enrolment: InsuranceEnrolment): Promise<void> {
    this._cancelError = undefined;
    const result = await this.runAction(`cancel:${enrolment.id}`, (client) => use(client, Insurance).cancelEnrolment(enrolment.id));
    if (!result.ok) {
      this._cancelError = result.error;
      return;
    }
    const cancelled = result.value;
    this._cancelId = undefined;
    this.#plansStale = true;
    this._notice = this.s.cancelled(this.ctx.planName(this.planById(cancelled.planId)));
    void this.emit('union-insurance-cancelled', { enrolmentId: cancelled.id, planId: cancelled.planId, status: cancelled.status });
    this.announce(this._notice);
    await this.enrolments.run();
    void this.focusHeading();
  }

  // ---------------------------------------------------------------- render

  protected renderContent(): TemplateResult {
    const s = this.s;
    const onPlans = this._view === 'plans' || this._view === 'done';
    return html`<div part="header">
        <p class="muted">${s.intro}</p>
      </div>
      ${this._view === 'confirm'
        ? nothing
        : segmented<View>({
            label: s.views,
            part: 'views',
            outline: true,
            selected: onPlans ? 'plans' : 'enrolments',
            segments: [
              { value: 'plans', label: s.plansTab },
              { value: 'enrolments', label: s.myEnrolmentsTab },
            ],
            onSelect: (view) => this.go(view),
          })}
      <div part="body" class="body">${this.renderView()}</div>`;
  }

  private renderView(): unknown {
    switch (this._view) {
      case 'plans':
        return this.renderPlans();
      case 'confirm':
        return this.renderConfirm();
      case 'done':
        return this.renderDone();
      case 'enrolments':
        return this.renderEnrolments();
      case 'certificate':
        return this.renderCertificate();
    }
  }

  private heading(text: string): TemplateResult {
    return html`<h2 part="heading" data-step-heading tabindex="-1">${text}</h2>`;
  }

  private renderPlans(): TemplateResult {
    const s = this.s;
    const ctx = this.ctx;
    const actions = {
      enrol: (id: string) => this.startEnrol(id),
      join: () => this.requestJoin(),
      showEnrolments: () => this.go('enrolments'),
    };
    return html`${this.heading(s.title)}
      ${this.plans.render({
        ready: (rows) => html`<ul class="list" part="list" aria-label=${s.plansHeading}>
          ${rows.map((row) => renderPlan(ctx, row, actions))}
        </ul>`,
        empty: () => this.renderEmpty(s.noPlans),
      })}`;
  }

  private renderConfirm(): TemplateResult {
    const s = this.s;
    const row = this._planId ? this.rowById(this._planId) : undefined;
    if (!row) return html`${this.heading(s.confirmHeading)}${this.renderEmpty()}`;
    return html`${this.heading(s.confirmHeading)}
    ${renderConfirm(
      this.ctx,
      row,
      {
        share: this._share,
        askBirthDate: this._askBirthDate,
        birthDate: this._birthDate,
        birthDateError: this._birthDateError,
        ageRefused: this._ageRefused,
        error: this._enrolError,
        running: this.isRunning(`enrol:${row.plan.id}`),
      },
      {
        setShare: (checked) => this.setShare(checked),
        setBirthDate: (value) => this.setBirthDate(value),
        enrol: () => void this.enrol(),
        back: () => this.go('plans'),
        showEnrolments: () => this.go('enrolments'),
        join: () => this.requestJoin(),
      },
      this.renderNoticeLink('share_status_with_platform', 'share-consent-label'),
    )}`;
  }

  private renderDone(): TemplateResult {
    const s = this.s;
    const e = this._enrolment;
    if (!e) return this.renderPlans();
    const ctx = this.ctx;
    const active = e.status === 'active';
    return html`${this.heading(active ? s.doneHeadingActive : s.doneHeadingPending)}
      <div class="panel ${active ? 'success' : ''}" part="result">
        <p>${resultText(ctx, e, ctx.planName(this.planById(e.planId)))}</p>
        ${renderEnrolmentFacts(ctx, e)}
      </div>
      <div class="actions">
        <button type="button" class="primary" part="button button-primary my-enrolments" @click=${() => this.go('enrolments')}>
          ${s.viewMyEnrolments}
        </button>
        <button type="button" part="button back" @click=${() => this.go('plans')}>${s.backToPlans}</button>
      </div>`;
  }

  private renderEnrolments(): TemplateResult {
    const s = this.s;
    const ctx = this.ctx;
    const cancel = { openFor: this._cancelId, error: this._cancelError, running: (id: string) => this.isRunning(`cancel:${id}`) };
    const actions = {
      openCertificate: (id: string) => this.openCertificate(id),
      askCancel: (id: string) => this.askCancel(id),
      keep: (id: string) => this.keepEnrolment(id),
      cancel: (e: InsuranceEnrolment) => void this.cancel(e),
    };
    return html`${this.heading(s.myEnrolmentsHeading)}
      ${this._notice ? html`<p class="panel success" part="notice">${this._notice}</p>` : nothing}
      ${this.enrolments.render({
        ready: (list) => html`<ul class="list" part="list">
          ${list.map((e) => renderEnrolment(ctx, e, ctx.planName(this.planById(e.planId)), cancel, actions))}
        </ul>`,
        empty: () => html`${this.renderEmpty(s.noEnrolments)}
          <button type="button" part="button back" @click=${() => this.go('plans')}>${s.backToPlans}</button>`,
      })}`;
  }

  private renderCertificate(): TemplateResult {
    const s = this.s;
    const ctx = this.ctx;
    return html`${this.heading(s.certificateHeading)}
      ${this.certificate.render({
        ready: (e) => html`<div class="card" part="card certificate">
          <h3>${ctx.planName(this.planById(e.planId))}</h3>
          ${e.certificate ? nothing : html`<p class="muted">${s.noCertificateYet}</p>`} ${renderEnrolmentFacts(ctx, e, true)}
        </div>`,
      })}
      <div class="actions">
        <button type="button" part="button back" @click=${() => this.go('enrolments')}>${s.backToEnrolments}</button>
      </div>`;
  }
}
