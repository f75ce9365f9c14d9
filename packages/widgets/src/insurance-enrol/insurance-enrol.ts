import { Insurance } from '@unionkit/sdk';
import type {
  ConsentGrant,
  Eligibility,
  EligibilityReason,
  InsuranceEnrolment,
  InsurancePlan,
} from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { use } from '../internal/api.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { insuranceEnrolStyles } from './insurance-enrol.styles.js';
import { insuranceStrings, type InsuranceEnrolStrings } from './strings.js';

/** The privacy notice version every consent names (see docs/api-behaviour.md). */
const NOTICE_VERSION = '2026-11';

/** Enrolment statuses that can still be cancelled. */
const CANCELLABLE = new Set<InsuranceEnrolment['status']>(['pending_review', 'awaiting_payment', 'active']);

type View = 'plans' | 'confirm' | 'done' | 'enrolments' | 'certificate';

/** A plan with the worker's eligibility for it. */
export interface InsurancePlanRow {
  plan: InsurancePlan;
  eligibility: Eligibility;
}

/** Today's date in Shanghai, `YYYY-MM-DD`. */
function shanghaiToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * @summary The union's mutual-aid protection (职工互助保障): plans, eligibility, one-click enrolment,
 * the worker's cover, certificate and cancellation.
 *
 * @description
 * Lists the plans with their benefits, contribution, who pays it (工会补贴 / 平台 / 个人), what the worker
 * pays, the cover period and the enrolment window, and for each plan whether this worker can enrol —
 * if not, why, in plain words (not a member → a "去入会" button the host answers by showing
 * `<union-membership-join>`). "一键参保" opens a confirmation (what you get, what you pay, cover from
 * tomorrow to 31 December, the optional separate consent to tell the platform about the cover,
 * unchecked by default) and enrols once, whatever the network does. "我的保障" lists the worker's
 * enrolments with status, cover dates and certificate, and cancels one after a confirmation. No
 * payment ever happens in the widget: a plan the worker pays for waits for the union to collect it.
 *
 * ```html
 * <union-provider base-url="https://…/v1"><union-insurance-enrol></union-insurance-enrol></union-provider>
 * ```
 *
 * @event union-ready - First load finished: `{ state: 'ready' | 'empty' }`.
 * @event union-insurance-enrolled - Enrolled: `{ enrolmentId, planId, status }` (`active`, or `awaiting_payment` / `pending_review`).
 * @event union-insurance-cancelled - An enrolment was cancelled: `{ enrolmentId, planId, status: 'cancelled' }`.
 * @event union-insurance-join-requested - A non-member pressed "去入会": `{ planId, reason: 'not_a_member' }`. Show `<union-membership-join>`.
 * @event union-error - A request failed: `{ code, retryable }`.
 *
 * @csspart base - The wrapper (carries the theme and care-mode classes).
 * @csspart header - Title and intro.
 * @csspart heading - The current view's heading.
 * @csspart views - The switch between "保障计划" and "我的保障".
 * @csspart tab - A button of that switch (`aria-current="page"` on the current one).
 * @csspart body - The current view.
 * @csspart list - The list of plans or of enrolments.
 * @csspart card - One plan or enrolment (also `plan` / `enrolment`).
 * @csspart eligibility - A plan's eligibility block (also `eligible` / `not-eligible`).
 * @csspart button - Every button (also `button-primary`, `enrol`, `confirm`, `join`, `cancel`, `certificate`, `back`).
 * @csspart consent - The optional separate consent.
 * @csspart certificate-number - The certificate number.
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error-state - Error with retry.
 * @csspart retry - The retry button.
 * @csspart footer - The 12351 hotline footer. @csspart hotline - Its `tel:` link.
 *
 * @cssproperty --union-insurance-enrol-color-primary - Brand colour for this widget (falls back to `--union-color-primary`).
 * @cssproperty --union-insurance-enrol-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-insurance-enrol-color-surface-variant - Status tags (falls back to `--union-color-surface-variant`).
 * @cssproperty --union-insurance-enrol-color-success - "Eligible" and "active" (falls back to `--union-color-success`).
 * @cssproperty --union-insurance-enrol-radius - Corner radius of cards and buttons (falls back to `--union-radius`).
 * @cssproperty --union-insurance-enrol-space - Spacing unit (falls back to `--union-space`).
 */
export class UnionInsuranceEnrol extends UnionElement {
  static override styles = [...baseStyles, widgetTokens('insurance-enrol'), fieldStyles, insuranceEnrolStyles];

  static override properties = {
    ...UnionElement.properties,
    _view: { state: true },
    _planId: { state: true },
    _share: { state: true },
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

  // ---------------------------------------------------------------- helpers

  private planById(id: string): InsurancePlan | undefined {
    return this.plans.value?.find((r) => r.plan.id === id)?.plan;
  }

  private planName(plan: InsurancePlan | undefined): string {
    if (!plan) return this.s.unknownPlan;
    return this.t.locale === 'en' && plan.nameEn ? plan.nameEn : plan.name;
  }

  private money(fen: number): string {
    return this.fmt.money(fen, { trim: true });
  }

  private benefitText(b: InsurancePlan['benefits'][number]): string {
    const amount = this.money(b.maximumFen);
    return this.s.benefitLine(this.s.enums.benefitKind[b.kind], b.kind === 'inpatient_day' ? this.s.perDay(amount) : this.s.upTo(amount));
  }

  private range(from: string, to: string): string {
    return this.s.dateRange(this.fmt.date(from), this.fmt.date(to));
  }

  /** Cover would run from tomorrow (not before the term starts) to the end of the term. */
  private coverDates(plan: InsurancePlan): { from: string; to: string } {
    const tomorrow = nextDay(shanghaiToday());
    return { from: tomorrow > plan.term.start ? tomorrow : plan.term.start, to: plan.term.end };
  }

  private reasonText(plan: InsurancePlan | undefined, reason: EligibilityReason): string {
    const s = this.s;
    switch (reason) {
      case 'not_a_member':
        return s.reasonNotMember;
      case 'age_limit':
        return plan ? s.reasonAge(plan.eligibility.maxAgeExclusive) : this.s.enums.eligibilityReason.age_limit;
      case 'occupation_not_covered':
        return s.reasonOccupation;
      case 'activity_not_attested':
        return s.reasonActivity(plan?.eligibility.minActiveOrdersLast7Days ?? 1);
      case 'already_enrolled':
        return s.reasonAlreadyEnrolled;
      case 'enrolment_closed':
        return plan
          ? s.reasonClosed(this.fmt.date(plan.enrolmentWindow.opensAt), this.fmt.date(plan.enrolmentWindow.closesAt))
          : this.s.enums.eligibilityReason.enrolment_closed;
      default:
        return this.s.enums.eligibilityReason[reason as EligibilityReason] ?? String(reason);
    }
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
    this._enrolError = undefined;
    this._view = 'confirm';
    this.announce(this.s.confirmHeading);
    void this.focusHeading();
  }

  private setShare(checked: boolean): void {
    if (checked === this._share) return;
    this._share = checked;
    // What will be sent changed: a new create, not a replay of the failed one.
    if (this._planId) this.forgetCreate(`enrol:${this._planId}`);
  }

  private async enrol(): Promise<void> {
    const planId = this._planId;
    if (!planId) return;
    const consents: ConsentGrant[] = this._share
      ? [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE_VERSION }]
      : [];
    this._enrolError = undefined;
    const result = await this.runCreate(`enrol:${planId}`, (client, options) =>
      use(client, Insurance).enrol({ planId, ...(consents.length ? { consents } : {}) }, options),
    );
    if (!result.ok) {
      this._enrolError = result.error;
      if (result.error.code === 'not_eligible' || result.error.code === 'already_enrolled') this.#plansStale = true;
      return;
    }
    const enrolment = result.value;
    this._enrolment = enrolment;
    this.#plansStale = true;
    this._view = 'done';
    this.emit('union-insurance-enrolled', { enrolmentId: enrolment.id, planId: enrolment.planId, status: enrolment.status });
    this.announce(
      this.s.enrolledAnnounce(this.planName(this.planById(enrolment.planId)), this.s.enums.enrolmentStatus[enrolment.status]),
    );
    void this.focusHeading();
  }

  private requestJoin(planId: string): void {
    this.emit('union-insurance-join-requested', { planId, reason: 'not_a_member' });
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
    const result = await this.runAction(`cancel:${enrolment.id}`, (client) =>
      use(client, Insurance).cancelEnrolment(enrolment.id),
    );
    if (!result.ok) {
      this._cancelError = result.error;
      return;
    }
    const cancelled = result.value;
    this._cancelId = undefined;
    this.#plansStale = true;
    this._notice = this.s.cancelled(this.planName(this.planById(cancelled.planId)));
    this.emit('union-insurance-cancelled', { enrolmentId: cancelled.id, planId: cancelled.planId, status: cancelled.status });
    this.announce(this._notice);
    await this.enrolments.run();
    void this.focusHeading();
  }

  // ---------------------------------------------------------------- render

  protected renderContent(): TemplateResult {
    const s = this.s;
    return html`<div part="header">
        <p class="muted">${s.intro}</p>
      </div>
      ${this._view === 'confirm' ? nothing : this.renderViews()}
      <div part="body" class="body">${this.renderView()}</div>`;
  }

  private renderViews(): TemplateResult {
    const s = this.s;
    const onPlans = this._view === 'plans' || this._view === 'done';
    const tab = (label: string, current: boolean, view: View) =>
      html`<li>
        <button
          type="button"
          part="button tab"
          aria-current=${current ? 'page' : 'false'}
          @click=${() => this.go(view)}
        >
          ${label}
        </button>
      </li>`;
    return html`<nav aria-label=${s.views}>
      <ul class="views" part="views">
        ${tab(s.plansTab, onPlans, 'plans')} ${tab(s.myEnrolmentsTab, !onPlans, 'enrolments')}
      </ul>
    </nav>`;
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

  // Plans ------------------------------------------------------------------

  private renderPlans(): TemplateResult {
    const s = this.s;
    return html`${this.heading(s.title)}
      ${this.plans.render({
        ready: (rows) => html`<ul class="list" part="list" aria-label=${s.plansHeading}>
            ${rows.map((row) => this.renderPlan(row))}
          </ul>`,
        empty: () => this.renderEmpty(s.noPlans),
      })}`;
  }

  private renderPlanFacts(plan: InsurancePlan): TemplateResult {
    const s = this.s;
    return html`<dl class="facts">
      <dt>${s.benefits}</dt>
      <dd>
        <ul class="benefits">
          ${plan.benefits.map((b) => html`<li>${this.benefitText(b)}</li>`)}
        </ul>
      </dd>
      <dt>${s.premium}</dt>
      <dd>${s.premiumPerYear(this.money(plan.premiumFen))}</dd>
      <dt>${s.whoPays}</dt>
      <dd>${this.s.enums.premiumPayer[plan.payer]}</dd>
      <dt>${s.youPay}</dt>
      <dd>${plan.workerPaysFen === 0 ? html`<span class="tag ok">${s.free}</span>` : this.money(plan.workerPaysFen)}</dd>
      <dt>${s.term}</dt>
      <dd>${this.range(plan.term.start, plan.term.end)}</dd>
      <dt>${s.enrolmentWindow}</dt>
      <dd>${this.range(plan.enrolmentWindow.opensAt, plan.enrolmentWindow.closesAt)}</dd>
    </dl>`;
  }

  private renderPlan({ plan, eligibility }: InsurancePlanRow): TemplateResult {
    const name = this.planName(plan);
    return html`<li class="card" part="card plan" data-plan=${plan.id}>
      <h3>${name}</h3>
      <p class="muted" lang="zh-CN">${plan.description}</p>
      ${this.renderPlanFacts(plan)} ${this.renderEligibility(plan, eligibility)}
    </li>`;
  }

  private renderEligibility(plan: InsurancePlan, eligibility: Eligibility): TemplateResult {
    const s = this.s;
    const name = this.planName(plan);
    if (eligibility.eligible) {
      return html`<div class="eligibility" part="eligibility eligible">
        <p class="status ok">✓ ${s.eligible}</p>
        <button
          type="button"
          class="primary"
          part="button button-primary enrol"
          aria-label=${s.enrolOneClick(name)}
          @click=${() => this.startEnrol(plan.id)}
        >
          ${s.enrolOneClickShort}
        </button>
      </div>`;
    }
    const reasons = eligibility.reasons;
    return html`<div class="eligibility" part="eligibility not-eligible">
      <p class="status">${s.notEligible}</p>
      <ul class="reasons" aria-label=${s.reasonsLabel(name)}>
        ${reasons.map((r) => html`<li data-reason=${r}>${this.reasonText(plan, r)}</li>`)}
      </ul>
      ${reasons.includes('not_a_member') || reasons.includes('already_enrolled')
        ? html`<div class="actions">
            ${reasons.includes('not_a_member')
              ? html`<button type="button" class="primary" part="button button-primary join" @click=${() => this.requestJoin(plan.id)}>
                  ${s.joinUnion}
                </button>`
              : nothing}
            ${reasons.includes('already_enrolled')
              ? html`<button type="button" part="button my-enrolments" @click=${() => this.go('enrolments')}>
                  ${s.viewMyEnrolments}
                </button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  // Confirm ----------------------------------------------------------------

  private renderConfirm(): TemplateResult {
    const s = this.s;
    const plan = this._planId ? this.planById(this._planId) : undefined;
    if (!plan) return html`${this.heading(s.confirmHeading)}${this.renderEmpty()}`;
    const name = this.planName(plan);
    const cover = this.coverDates(plan);
    const key = `enrol:${plan.id}`;
    const running = this.isRunning(key);
    const error = this._enrolError;
    return html`${this.heading(s.confirmHeading)}
      <p>${s.confirmIntro(name)}</p>
      <h3>${s.whatYouGet}</h3>
      <ul class="benefits-list">
        ${plan.benefits.map((b) => html`<li>${this.benefitText(b)}</li>`)}
      </ul>
      <p>${s.coverFrom(this.fmt.date(cover.from), this.fmt.date(cover.to))}</p>
      <h3>${s.whatYouPay}</h3>
      ${plan.workerPaysFen === 0
        ? html`<p>${s.youPayNothing} <span class="muted">(${this.s.enums.premiumPayer[plan.payer]})</span></p>`
        : html`<p>${s.youPayAmount(this.money(plan.workerPaysFen))}</p>
            <p class="muted">${s.paymentHandledByUnion}</p>`}
      <div class="field" part="field consent">
        <label class="choice" part="choice">
          <input
            id="share-consent"
            type="checkbox"
            aria-describedby="share-consent-hint"
            .checked=${live(this._share)}
            @change=${(e: Event) => this.setShare((e.target as HTMLInputElement).checked)}
          />
          <span>${this.s.enums.consentPurpose.share_status_with_platform}</span>
        </label>
        <span class="hint" id="share-consent-hint" part="hint">${s.shareHint}</span>
      </div>
      ${error ? this.renderEnrolError(plan, error) : nothing}
      <div class="actions">
        <button
          type="button"
          class="primary"
          part="button button-primary confirm"
          aria-busy=${running ? 'true' : 'false'}
          @click=${() => void this.enrol()}
        >
          ${running ? s.enrolling : s.confirmEnrol}
        </button>
        <button type="button" part="button back" @click=${() => this.go('plans')}>${s.back}</button>
      </div>`;
  }

  private renderEnrolError(plan: InsurancePlan, error: UnionErrorInfo): TemplateResult {
    const s = this.s;
    const reasons = (error.reasons ?? []) as EligibilityReason[];
    return html`<div class="state state-error" part="error-state">
      <p class="message">${error.message}</p>
      ${reasons.length
        ? html`<ul class="reasons">
            ${reasons.map((r) => html`<li data-reason=${r}>${this.reasonText(plan, r)}</li>`)}
          </ul>`
        : nothing}
      ${error.retryable
        ? html`<button type="button" part="button retry" @click=${() => void this.enrol()}>${this.t.common.retry}</button>`
        : nothing}
      ${error.code === 'already_enrolled'
        ? html`<button type="button" part="button my-enrolments" @click=${() => this.go('enrolments')}>
            ${s.viewMyEnrolments}
          </button>`
        : nothing}
      ${reasons.includes('not_a_member')
        ? html`<button type="button" part="button join" @click=${() => this.requestJoin(plan.id)}>${s.joinUnion}</button>`
        : nothing}
      ${error.requestId ? html`<p class="muted">${this.t.common.supportReference(error.requestId)}</p>` : nothing}
    </div>`;
  }

  // Done -------------------------------------------------------------------

  private renderDone(): TemplateResult {
    const s = this.s;
    const e = this._enrolment;
    if (!e) return this.renderPlans();
    const plan = this.planById(e.planId);
    const name = this.planName(plan);
    const active = e.status === 'active';
    const text = active
      ? s.doneActive(name)
      : e.status === 'awaiting_payment'
        ? s.doneAwaitingPayment(name, this.money(e.workerPaysFen))
        : s.donePending(name);
    return html`${this.heading(active ? s.doneHeadingActive : s.doneHeadingPending)}
      <div class="panel" part="result">
        <p>${text}</p>
        ${this.renderEnrolmentFacts(e)}
      </div>
      <div class="actions">
        <button type="button" class="primary" part="button button-primary my-enrolments" @click=${() => this.go('enrolments')}>
          ${s.viewMyEnrolments}
        </button>
        <button type="button" part="button back" @click=${() => this.go('plans')}>${s.backToPlans}</button>
      </div>`;
  }

  private renderEnrolmentFacts(e: InsuranceEnrolment, withIssued = false): TemplateResult {
    const s = this.s;
    return html`<dl class="facts">
      <dt>${s.status}</dt>
      <dd><span class="tag ${e.status === 'active' ? 'ok' : ''}">${this.s.enums.enrolmentStatus[e.status]}</span></dd>
      ${e.certificate
        ? html`<dt>${s.certificateNumber}</dt>
            <dd class="big" part="certificate-number">${e.certificate.number}</dd>`
        : nothing}
      ${e.coverageStart && e.coverageEnd
        ? html`<dt>${s.coverage}</dt>
            <dd>${this.range(e.coverageStart, e.coverageEnd)}</dd>`
        : nothing}
      ${withIssued && e.certificate
        ? html`<dt>${s.issuedAt}</dt>
            <dd>${this.fmt.dateTime(e.certificate.issuedAt)}</dd>`
        : nothing}
      ${withIssued
        ? html`<dt>${s.enrolmentNumber}</dt>
            <dd>${e.id}</dd>`
        : nothing}
    </dl>`;
  }

  // My enrolments ----------------------------------------------------------

  private renderEnrolments(): TemplateResult {
    const s = this.s;
    return html`${this.heading(s.myEnrolmentsHeading)}
      ${this._notice ? html`<p class="panel" part="notice">${this._notice}</p>` : nothing}
      ${this.enrolments.render({
        ready: (list) => html`<ul class="list" part="list">
          ${list.map((e) => this.renderEnrolment(e))}
        </ul>`,
        empty: () => html`${this.renderEmpty(s.noEnrolments)}
          <button type="button" part="button back" @click=${() => this.go('plans')}>${s.backToPlans}</button>`,
      })}`;
  }

  private renderEnrolment(e: InsuranceEnrolment): TemplateResult {
    const s = this.s;
    const name = this.planName(this.planById(e.planId));
    const confirming = this._cancelId === e.id;
    const cancelKey = `cancel:${e.id}`;
    const running = this.isRunning(cancelKey);
    return html`<li class="card" part="card enrolment" data-enrolment=${e.id}>
      <h3>${name}</h3>
      ${this.renderEnrolmentFacts(e)}
      ${confirming
        ? html`<div class="panel warn" part="cancel-confirm">
            <p data-cancel-question tabindex="-1">${s.cancelConfirm(name)}</p>
            ${this._cancelError
              ? html`<div class="state state-error" part="error-state">
                  <p class="message">${this._cancelError.message}</p>
                </div>`
              : nothing}
            <div class="actions">
              <button
                type="button"
                class="primary"
                part="button button-primary cancel-yes"
                aria-busy=${running ? 'true' : 'false'}
                @click=${() => void this.cancel(e)}
              >
                ${running ? s.cancelling : this._cancelError?.retryable ? this.t.common.retry : s.cancelConfirmYes}
              </button>
              <button type="button" part="button cancel-no" @click=${() => this.keepEnrolment(e.id)}>${s.cancelConfirmNo}</button>
            </div>
          </div>`
        : html`<div class="actions">
            ${e.certificate
              ? html`<button
                  type="button"
                  part="button certificate"
                  aria-label=${s.actionFor(s.viewCertificate, name)}
                  @click=${() => this.openCertificate(e.id)}
                >
                  ${s.viewCertificate}
                </button>`
              : nothing}
            ${CANCELLABLE.has(e.status)
              ? html`<button
                  type="button"
                  part="button cancel"
                  data-cancel-for=${e.id}
                  aria-label=${s.actionFor(s.cancel, name)}
                  @click=${() => this.askCancel(e.id)}
                >
                  ${s.cancel}
                </button>`
              : nothing}
          </div>`}
    </li>`;
  }

  // Certificate ------------------------------------------------------------

  private renderCertificate(): TemplateResult {
    const s = this.s;
    return html`${this.heading(s.certificateHeading)}
      ${this.certificate.render({
        ready: (e) => html`<div class="card" part="card certificate">
          <h3>${this.planName(this.planById(e.planId))}</h3>
          ${e.certificate ? nothing : html`<p class="muted">${s.noCertificateYet}</p>`} ${this.renderEnrolmentFacts(e, true)}
        </div>`,
      })}
      <div class="actions">
        <button type="button" part="button back" @click=${() => this.go('enrolments')}>${s.backToEnrolments}</button>
      </div>`;
  }
}
