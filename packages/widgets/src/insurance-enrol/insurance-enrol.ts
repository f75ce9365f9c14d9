import { InsurancePlans } from '@unionkit/sdk';
import type { InsuranceEnrolment, InsurancePlan } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { segmented } from '../internal/views/segmented.js';
import { LoadTask, UnionElement } from '../internal/base.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import type { EnrolmentCancellation } from './cancellation.js';
import { ClaimsController } from './claims.js';
import type { EnrolForm } from './enrol-form.js';
import type { PaymentHandoff } from './payment.js';
import { insuranceEnrolStyles } from './insurance-enrol.styles.js';
import { ageRange, statusText, type InsurancePlanRow, type InsuranceViewContext } from './shared.js';
import { insuranceStrings, type InsuranceEnrolStrings } from './strings.js';
import { certificateView, doneView, enrolmentsView, heading, plansView, type CoverPart, type CoverViewContext } from './views.js';
import { ViewHistory } from '../internal/controllers/view-history.js';
import { OpenUrlLinks } from '../internal/controllers/open-url.js';

export type { InsurancePlanRow } from './shared.js';

type View = 'plans' | 'confirm' | 'done' | 'enrolments' | 'certificate' | 'claim' | 'claims';
const BACK_TO: Record<View, View> = { plans: 'plans', confirm: 'plans', done: 'plans', enrolments: 'plans', certificate: 'enrolments', claim: 'claims', claims: 'plans' };
type ConfirmPart = typeof import('./confirm-part.js');

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
 * ever happens in the widget: 去缴费 asks the host (`union-payment-required`, see ./payment.ts), else
 * the widget says how to pay at a union counter. On cover that has started, 申请互助金 and "我的理赔"
 * (a part loaded on demand, ./claim-part.ts) file and follow claims; no event tells the host of a claim.
 *
 * ```html
 * <union-provider base-url="https://…/v1"><union-insurance-enrol></union-insurance-enrol></union-provider>
 * ```
 *
 * @event union-ready - First load finished: `{ state: 'ready' | 'empty' }`.
 * @event union-insurance-enrolled - Enrolled: `{ enrolmentId, planId, status }`. Coverage status: only while the worker shares their status with the platform.
 * @event union-insurance-cancelled - An enrolment was cancelled: `{ enrolmentId, planId, status: 'cancelled' }`. Coverage status, likewise.
 * @event union-payment-required - 去缴费 on an enrolment awaiting its premium: `{ enrolmentId, amountFen }`, cancelable. Cancel it if your platform collects the premium, then confirm it from your server (`POST /insurance-enrolments/{id}/payments`); if the rider then turns your payment down, call `declinePayment(enrolmentId)`.
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
 * @csspart payment - The premium due (also `lapsed`); `payment-due`, `payment-waiting`, `payment-counter` inside; `pay` the 去缴费 button.
 * @csspart claim-form - The claim form. @csspart claim - A claim in "我的理赔". @csspart claim-detail - A claim opened.
 * @csspart timeline - A claim's timeline. @csspart decision-due - The answer date. @csspart approved-amount - The approved amount.
 * @csspart reason - The union's reason. @csspart more-info - More documents. @csspart file-picker - The evidence picker.
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error-state - Error with retry.
 * @csspart retry - The retry button.
 * @csspart footer - The 12351 hotline footer. @csspart hotline - Its `tel:` link.
 * @csspart payment-due - Inside `payment`: the amount and the date it is due by.
 * @csspart payment-waiting - Inside `payment`: waiting for the platform to confirm the payment.
 * @csspart payment-counter - Inside `payment`: how to pay at a union counter.
 * @csspart pay - The 去缴费 button.
 * @csspart enrol-again - The button that enrols again after an enrolment lapsed unpaid.
 * @csspart my-enrolments - The button that opens "我的保障".
 * @csspart cover-dates - The dates the cover runs, in the confirmation.
 * @csspart claims - The list of claims (also a `list`).
 * @csspart open-claim - The button that opens a claim.
 * @csspart withdraw-claim - The button that withdraws a claim.
 * @csspart send-documents - The button that sends more documents for a claim.
 * @csspart submit-claim - The button that files the claim.
 * @csspart consents - The consents of the claim form.
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
    _enrolment: { state: true },
    _certificateId: { state: true },
    _notice: { state: true },
  };

  declare private _view: View;
  /** The enrolment just made. */
  declare private _enrolment: InsuranceEnrolment | undefined;
  declare private _certificateId: string | undefined;
  /** A note at the top of "my enrolments" (e.g. "cancelled"). */
  declare private _notice: string;

  /** Plans with the worker's eligibility: the main load. */
  readonly #plans = new LoadTask<InsurancePlanRow[]>(this.controllerHost, async (client, signal) => {
    const insurance = use(client, InsurancePlans);
    const page = await insurance.listPlans({ limit: 100 }, { signal });
    const eligibility = await Promise.all(page.data.map((p) => insurance.checkEligibility(p.id, { signal })));
    return page.data.map((plan, i) => ({ plan, eligibility: eligibility[i]! }));
  });

  /** The worker's enrolments, loaded when "我的保障" opens. */
  readonly #enrolments = new LoadTask<InsuranceEnrolment[]>(
    this.controllerHost,
    async (client, signal) => (await use(client, InsurancePlans).listEnrolments({ limit: 100 }, { signal })).data,
    { auto: false },
  );

  /** One enrolment, for its certificate. */
  readonly #certificate = new LoadTask<InsuranceEnrolment>(
    this.controllerHost,
    (client, signal) => use(client, InsurancePlans).retrieveEnrolment(this._certificateId!, { signal }),
    { auto: false },
  );

  /** The confirmation (what was chosen and typed, the one create): made with its part; the plan asked meanwhile waits. */
  #form: EnrolForm | undefined;
  #confirming: { planId: string; askBirthDate: boolean } | undefined;

  /** The confirmation's state, view and sending: loaded on demand (ahead of need once the plans show). */
  readonly #confirmPart = new LazyPart(this.controllerHost, () => import('./confirm-part.js').then((m) => (this.#startForm(m), m)));

  /** The result, "我的保障" and the certificate: loaded on demand (ahead of need once the plans show). */
  readonly #coverPart = new LazyPart(this.controllerHost, () => import('./cover-part.js'));

  /** Made with the cover part, which shows them: cancelling an enrolment; 去缴费 and waiting for the platform's confirmation. */
  #cancellation: EnrolmentCancellation | undefined;
  #payment: PaymentHandoff | undefined;

  /** 申请互助金 and 我的理赔: their part is loaded only when the worker opens them. */
  readonly #claims = new ClaimsController(this.controllerHost, {
    env: (part) => ({
      cs: this.localStrings(part.claimStrings),
      t: this.t,
      fmt: this.fmt,
      planName: (id) => this.#ctx.planName(this.#planById(id)),
      noticeLink: (purpose, describedBy) => this.renderNoticeLink(purpose, describedBy),
      back: () => this.#go('enrolments'),
      showClaims: () => this.#go('claims'),
    }),
    plan: (id) => this.#planById(id),
  });

  /** Plans' eligibility changed (an enrolment was made or cancelled): reload when plans show again. */
  #plansStale = false;

  constructor() {
    super();
    this._view = 'plans';
    this._enrolment = undefined;
    this._certificateId = undefined;
    this._notice = '';
  }

  get #strings(): InsuranceEnrolStrings {
    return this.localStrings(insuranceStrings);
  }

  get #ctx(): InsuranceViewContext {
    const en = this.t.locale === 'en';
    return {
      s: this.#strings,
      t: this.t,
      fmt: this.fmt,
      planName: (plan) => (!plan ? this.#strings.unknownPlan : en && plan.nameEn ? plan.nameEn : plan.name),
    };
  }

  /** What the views of the worker's cover are given; the cover's words come with its part. */
  get #coverViews(): CoverViewContext {
    const ctx = this.#ctx;
    return {
      ctx,
      cover: (ready) => this.#coverPart.render((part) => ready(part, { ...ctx, c: this.localStrings(part.coverStrings) })),
      payment: (part, e) => this.#paymentView(part, e),
      planName: (id) => ctx.planName(this.#planById(id)),
      go: (view) => this.#go(view),
    };
  }

  #rowById(id: string): InsurancePlanRow | undefined {
    return this.#plans.value?.find((r) => r.plan.id === id);
  }

  #planById(id: string): InsurancePlan | undefined {
    return this.#rowById(id)?.plan;
  }

  /** `tel:` and calendar links an app may open natively (`union-open-url`). */
  readonly #links = new OpenUrlLinks(this);
  readonly #views = new ViewHistory(this, { canGoBack: () => this._view !== 'plans', goBack: () => this.#go(BACK_TO[this._view]) });

  /** Steps back one view (a detail → its list, a form step → the one before); false at the widget's root. */
  back(): boolean {
    return this.#views.back();
  }

  #go(view: View): void {
    this._view = view;
    this._notice = '';
    if (view === 'plans' && this.#plansStale) {
      this.#plansStale = false;
      void this.#plans.run();
    }
    if (view === 'enrolments') void this.#enrolments.run();
    if (view === 'claims') this.#claims.show();
    void this.focusHeading();
  }

  // ---------------------------------------------------------------- actions

  #startEnrol(planId: string): void {
    this.#confirming = { planId, askBirthDate: this.#rowById(planId)?.eligibility.reasons.includes('birth_date_required') ?? false };
    if (this.#confirmPart.module) this.#startForm(this.#confirmPart.module);
    else void this.#confirmPart.load().catch(() => undefined);
    this._view = 'confirm';
    this.announce(this.#strings.confirmHeading);
    void this.focusHeading();
  }

  /** Opens the confirmation asked for (afresh) on the form, made the first time. */
  #startForm(part: ConfirmPart): void {
    const next = this.#confirming;
    this.#confirming = undefined;
    if (next) (this.#form ??= part.createEnrolForm(this.controllerHost)).start(next.planId, next.askBirthDate);
  }

  async #enrol(): Promise<void> {
    const part = this.#confirmPart.module;
    if (!part || !this.#form) return;
    const row = this.#form.planId ? this.#rowById(this.#form.planId) : undefined;
    const range = () => (row ? ageRange(this.#ctx, row.plan, row.eligibility) : '');
    const outcome = await part.submitEnrolment(this.#form, this.localStrings(part.confirmStrings), range);
    if (!outcome.enrolment) {
      if (outcome.plansStale) this.#plansStale = true;
      return;
    }
    const s = this.#strings;
    const enrolment = outcome.enrolment;
    this._enrolment = enrolment;
    this.#plansStale = true;
    this._view = 'done';
    // Coverage status: the base class sends it only if the worker shares their status with the platform.
    void this.emit('union-insurance-enrolled', { enrolmentId: enrolment.id, planId: enrolment.planId, status: enrolment.status });
    const ctx = this.#ctx;
    this.announce(s.enrolledAnnounce(ctx.planName(this.#planById(enrolment.planId)), statusText(ctx, enrolment)));
    void this.focusHeading();
  }

  /**
   * For a host that cancelled `union-payment-required` but will not collect after all (the rider turned its
   * wallet down): stops waiting for the platform and shows at once how to pay at a union counter.
   */
  declinePayment(enrolmentId: string): void {
    this.#payment?.decline(enrolmentId);
  }

  /** An enrolment that was awaiting its premium is paid (or lapsed, or cancelled). */
  #paymentSettled(e: InsuranceEnrolment): void {
    this.#plansStale = true;
    if (this._enrolment?.id === e.id) this._enrolment = e;
    if (this._view === 'enrolments') void this.#enrolments.run();
    const ctx = this.#ctx;
    const words = this.localStrings(this.#coverPart.module!.paymentStrings);
    this.announce(words.paidAnnounce(ctx.planName(this.#planById(e.planId)), statusText(ctx, e)));
    if (e.status === 'active') void this.emit('union-insurance-enrolled', { enrolmentId: e.id, planId: e.planId, status: e.status });
  }

  #paymentView(part: CoverPart, e: InsuranceEnrolment): unknown {
    const ctx = this.#ctx;
    const payment = (this.#payment ??= new part.PaymentHandoff(
      this.controllerHost,
      (detail) => this.emit('union-payment-required', detail, { cancelable: true }),
      (x) => this.#paymentSettled(x),
    ));
    const ps = this.localStrings(part.paymentStrings);
    return part.renderPayment(ctx, ps, e, ctx.planName(this.#planById(e.planId)), payment, () => this.#go('plans'));
  }

  /** 申请互助金 on an enrolment: the claim form, once the claim part is here. */
  #startClaim(e: InsuranceEnrolment): void {
    this._view = 'claim';
    this.#claims.start(e);
  }

  #requestJoin(): void {
    this.emit('union-join-requested', { reason: 'not_a_member' });
  }

  #openCertificate(id: string): void {
    this._certificateId = id;
    this._view = 'certificate';
    void this.#certificate.run();
    void this.focusHeading();
  }

  /** An enrolment was cancelled: the note, the event, and "我的保障" read again. */
  async #cancelled(cancelled: InsuranceEnrolment): Promise<void> {
    this.#plansStale = true;
    this._notice = this.#strings.cancelled(this.#ctx.planName(this.#planById(cancelled.planId)));
    void this.emit('union-insurance-cancelled', { enrolmentId: cancelled.id, planId: cancelled.planId, status: cancelled.status });
    this.announce(this._notice);
    await this.#enrolments.run();
    void this.focusHeading();
  }

  // ---------------------------------------------------------------- render

  protected renderContent(): TemplateResult {
    const s = this.#strings;
    const onPlans = this._view === 'plans' || this._view === 'done';
    return html`<div part="header">
        <p class="muted">${s.intro}</p>
      </div>
      ${this._view === 'confirm' || this._view === 'claim'
        ? nothing
        : segmented<View>({
            label: s.views,
            part: 'views',
            outline: true,
            selected: onPlans ? 'plans' : this._view === 'claims' ? 'claims' : 'enrolments',
            segments: [
              { value: 'plans', label: s.plansTab },
              { value: 'enrolments', label: s.myEnrolmentsTab },
              { value: 'claims', label: s.myClaimsTab },
            ],
            onSelect: (view) => this.#go(view),
          })}
      <div part="body" class="body">${this.#renderView()}</div>`;
  }

  #renderView(): unknown {
    switch (this._view) {
      case 'plans':
        return this.#renderPlans();
      case 'confirm':
        return this.#renderConfirm();
      case 'done':
        return this._enrolment ? doneView(this.#coverViews, this._enrolment) : this.#renderPlans();
      case 'enrolments':
        return enrolmentsView(this.#coverViews, {
          notice: this._notice,
          enrolments: this.#enrolments,
          cancel: (part) => (this.#cancellation ??= new part.EnrolmentCancellation(this.controllerHost, (e) => this.#cancelled(e))),
          openCertificate: (id) => this.#openCertificate(id),
          claim: (e) => this.#startClaim(e),
        });
      case 'certificate':
        return certificateView(this.#coverViews, this.#certificate);
      case 'claim':
        return html`${heading(this.#strings.claim)} ${this.#claims.renderForm()}`;
      case 'claims':
        return html`${heading(this.#strings.myClaimsTab)} ${this.#claims.renderList()}`;
    }
  }

  #renderPlans(): TemplateResult {
    return plansView(this.#ctx, this.#plans, {
      enrol: (id) => this.#startEnrol(id),
      join: () => this.#requestJoin(),
      showEnrolments: () => this.#go('enrolments'),
    });
  }

  #renderConfirm(): TemplateResult {
    const row = this.#rowById(this.#confirming?.planId ?? this.#form?.planId ?? '');
    if (!row) return html`${heading(this.#strings.confirmHeading)}${this.renderEmpty()}`;
    return html`${heading(this.#strings.confirmHeading)}
    ${this.#confirmPart.render((part) => {
      if (!this.#form || this.#confirming) return this.renderLoading();
      const actions = { enrol: () => void this.#enrol(), back: () => this.#go('plans'), join: () => this.#requestJoin() };
      const notice = this.renderNoticeLink('share_status_with_platform', 'share-consent-label');
      const cs = this.localStrings(part.confirmStrings);
      return part.confirmView(this.#ctx, cs, row, this.#form, { ...actions, showEnrolments: () => this.#go('enrolments') }, notice);
    })}`;
  }
}
