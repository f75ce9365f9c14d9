/**
 * The join flow of `<union-membership-join>`: what membership gives → personal details → organisation →
 * separate consents → review → submitted. It owns the draft (personal fields in memory only, the rest
 * kept over a reload), the errors of each field, moving between the steps, and the submit with its one
 * idempotency key; each step's fields live in their own module (`personal-step.ts`,
 * `organisation-step.ts`, the consents and review views), the SMS proof in `SmsVerification`. The
 * element lends it the controller host and says to the host page what it may (`submitted`).
 */
import { Memberships } from '@unionkit/sdk';
import type {
  ConsentPurpose,
  DistrictCode,
  MembershipApplication,
  MembershipApplicationCreate,
  NoticePurpose,
  Occupation,
} from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { pickStrings } from '../internal/localize/local.js';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { SmsVerification } from '../internal/controllers/sms-verification.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { normaliseId } from '../internal/fields.js';
import {
  CONSENT_KEYS,
  FIELD_ORDER,
  FIELD_STEP,
  NOTICE_VERSION,
  REQUIRED_CONSENTS,
  STEPS,
  checkMobile,
  checkName,
  checkResidentId,
  clearDraft,
  emptyDraft,
  fieldErrorsOf,
  fieldMessage,
  mobileOf,
  normaliseName,
  restoreDraft,
  saveDraft,
  type Draft,
  type FieldKey,
  type FlowStep,
  type JoinStep,
} from './model.js';
import { OrganisationStep } from './organisation-step.js';
import { renderPersonalStep } from './personal-step.js';
import { renderBenefits, renderConsents, renderReview, renderSubmitted } from './flow-views.js';
import { joinFlowStrings, type JoinFlowStrings } from './flow-strings.js';
import type { FlowViewContext } from './flow-views.js';
import type { MembershipJoinStrings } from './strings.js';
import type { ViewContext } from './views.js';

/** What the element lends the flow beyond the controller host. */
export interface JoinHooks {
  /** The element's strings, translation and formatters (the flow adds its own words). */
  view(): ViewContext;
  noticeLink(purpose: NoticePurpose, describedBy: string): TemplateResult;
  /** An application was made: the element tells the host, if the worker lets it. */
  submitted(application: MembershipApplication): void;
  /** The worker is further along than the form (already a member, an open application): show that, and say `message`. */
  reload(message: string): void;
}

type Errors = Partial<Record<FieldKey, string>>;

export class JoinFlow {
  /** The draft the worker fills in. */
  draft: Draft = emptyDraft();
  /** The errors shown on each field. */
  errors: Errors = {};
  /** The ID is being typed (else it shows masked, with "edit"). */
  idEditing = true;
  readonly sms: SmsVerification;
  readonly #host: WidgetHost;
  readonly #hooks: JoinHooks;
  readonly #organisations: OrganisationStep;
  readonly #apply: ActionTask<[MembershipApplicationCreate], MembershipApplication>;
  #step: JoinStep = 'benefits';
  #submitError: UnionErrorInfo | undefined;
  #submitted: MembershipApplication | undefined;
  #draftChecked = false;
  #draftNotice = false;
  #strings: { element: MembershipJoinStrings; own: JoinFlowStrings; both: MembershipJoinStrings & JoinFlowStrings } | undefined;

  constructor(host: WidgetHost, hooks: JoinHooks) {
    this.#host = host;
    this.#hooks = hooks;
    this.sms = new SmsVerification(host, {
      strings: () => this.view().s,
      error: (key) => this.errors[key],
      setError: (key, message) => this.setError(key, message),
      fieldMessage: (error) => fieldMessage(error, 'mobile', this.draft.residentId, this.view().s, host.t),
      focus: (key) => void this.focusField(key),
      proofChanged: () => this.#apply.forget(),
    });
    this.#organisations = new OrganisationStep(host, this);
    this.#apply = new ActionTask(
      host,
      (client, options, body: MembershipApplicationCreate) => use(client, Memberships).apply(body, options),
      { idempotent: true },
    );
  }

  get step(): JoinStep {
    return this.#step;
  }

  /** The element's context with the flow's own words (their en table is fetched the first time it is needed). */
  view(): FlowViewContext {
    const c = this.#hooks.view();
    const own = pickStrings(joinFlowStrings, this.#host.t.locale, () => this.#host.requestUpdate());
    if (this.#strings?.element !== c.s || this.#strings.own !== own) this.#strings = { element: c.s, own, both: { ...c.s, ...own } };
    return { ...c, s: this.#strings.both };
  }

  requestUpdate(): void {
    this.#host.requestUpdate();
  }

  /** The first time the flow is shown: what the worker had filled in before a reload, if anything. */
  restore(): void {
    if (this.#draftChecked) return;
    this.#draftChecked = true;
    const t = this.#host.t;
    const restored = restoreDraft(t.enums.occupation, t.enums.district);
    if (!restored) return;
    this.draft = restored.draft;
    this.#step = restored.step;
    this.#draftNotice = restored.restored;
  }

  /** Back to the start with nothing of the worker's kept (after a submit or a withdrawal). */
  reset(): void {
    clearDraft();
    this.#step = 'benefits';
    this.draft = emptyDraft();
    this.sms.reset();
    this.idEditing = true;
    this.#draftNotice = false;
    this.#host.requestUpdate();
  }

  /** Whether the flow's own words are here in the widget's language (a table not here yet is asked for). */
  get stringsReady(): boolean {
    if (this.#host.t.locale === 'zh-CN' || joinFlowStrings[this.#host.t.locale]) return true;
    this.view();
    return false;
  }

  /** The flow's current step (or the confirmation); the loading state until its words are here, never a mix of two languages. */
  render(): TemplateResult {
    if (!this.stringsReady) return this.#host.renderLoading();
    const { s, t } = this.view();
    if (this.#step === 'submitted' && this.#submitted) return renderSubmitted(this.view(), this.#submitted);
    const step = this.#step as FlowStep;
    const index = STEPS.indexOf(step);
    return html`<ol class="progress" part="progress" aria-hidden="true">
        ${STEPS.map((_, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}></li>`)}
      </ol>
      <h3 class="step-heading" part="heading" data-step-heading tabindex="-1">
        <span class="step-of">${t.common.stepOf(index + 1, STEPS.length)}</span>
        <span>${s.steps[step]}</span>
      </h3>
      ${this.#draftNotice && step !== 'benefits' ? html`<p class="notice">${s.draftRestored}</p>` : nothing}
      ${step === 'benefits'
        ? renderBenefits(this.view(), () => this.#goTo('personal'))
        : step === 'review'
          ? this.#renderReview()
          : html`<form novalidate @submit=${this.#onStepSubmit}>
              ${step === 'personal'
                ? html`<p class="muted">${s.privacyNote}</p>
                    ${renderPersonalStep(this)}${this.renderNav(true)}`
                : step === 'organisation'
                  ? this.#organisations.render()
                  : html`${this.#renderConsents()}${this.renderNav(true)}`}
            </form>`}`;
  }

  #renderConsents(): TemplateResult {
    return renderConsents(this.view(), {
      draft: this.draft,
      errors: this.errors,
      onConsent: (key, checked) => {
        this.update({ consents: { ...this.draft.consents, [key]: checked } });
        if (checked && key !== 'share_status_with_platform') this.setError(key, undefined);
      },
      onCharter: (checked) => {
        this.update({ charter: checked });
        if (checked) this.setError('charter', undefined);
      },
      noticeLink: (purpose, describedBy) => this.#hooks.noticeLink(purpose, describedBy),
    });
  }

  #renderReview(): TemplateResult {
    return renderReview(this.view(), {
      draft: this.draft,
      organisation: this.#organisations.find(this.draft.organisationId),
      running: this.#apply.running(),
      error: this.#submitError,
      renderError: (e, retry) => this.#host.renderError(e, retry),
      onEdit: (step) => this.#goTo(step),
      onBack: this.#back,
      onSubmit: () => void this.#submit(),
    });
  }

  /** Back and next. Next is the form's submit button, so Enter in a field moves on too. */
  renderNav(canGoOn: boolean): TemplateResult {
    const { t } = this.view();
    return html`<div class="actions">
      <button type="button" part="button" @click=${this.#back}>${t.common.back}</button>
      ${canGoOn ? html`<button type="submit" part="button button-primary" class="primary" id="next">${t.common.next}</button>` : nothing}
    </div>`;
  }

  #onStepSubmit = (e: Event): void => {
    e.preventDefault();
    this.#next();
  };

  #goTo(step: JoinStep, focus: FieldKey | 'heading' = 'heading'): void {
    this.#step = step;
    if (step === 'organisation') void this.#organisations.load();
    if (step !== 'review') this.#submitError = undefined;
    if (step !== 'submitted') saveDraft(step, this.draft);
    this.#host.requestUpdate();
    if (focus === 'heading') void this.#host.focusHeading();
    else void this.focusField(focus);
  }

  #next(): void {
    const errors = this.#validateStep(this.#step);
    this.errors = { ...this.errors, ...errors };
    const first = FIELD_ORDER.find((k) => k in errors);
    if (first) {
      this.#host.requestUpdate();
      this.#host.announceError(this.view().s.fixErrors);
      void this.focusField(first);
      return;
    }
    // Resolved: no old error stays behind in the alert region.
    this.#host.clearError();
    const next = STEPS[STEPS.indexOf(this.#step as FlowStep) + 1];
    if (next) this.#goTo(next);
  }

  #back = (): void => {
    const i = STEPS.indexOf(this.#step as FlowStep);
    if (i > 0) this.#goTo(STEPS[i - 1]!);
  };

  /** Whether a step before this one can be gone back to (not from the first step, nor once submitted). */
  get canGoBack(): boolean {
    return STEPS.indexOf(this.#step as FlowStep) > 0;
  }

  stepBack(): void {
    this.#back();
  }

  async focusField(key: FieldKey | 'mobileVerified'): Promise<void> {
    await this.#host.updateComplete;
    const q = (selector: string) => this.#host.element.renderRoot.querySelector<HTMLElement>(selector);
    const el =
      key === 'organisationId'
        ? (q('input[name="organisation"]:checked') ?? q('input[name="organisation"]'))
        : key === 'residentId'
          ? q('#residentId, #editResidentId')
          : q(`#${key}`);
    if (el) el.focus();
    else await this.#host.focusHeading();
  }

  setError(key: FieldKey, message: string | undefined): void {
    if (this.errors[key] === message) return;
    const next = { ...this.errors };
    if (message) next[key] = message;
    else delete next[key];
    this.errors = next;
    this.#host.requestUpdate();
  }

  #validateStep(step: JoinStep): Errors {
    const e: Errors = {};
    const d = this.draft;
    const { s } = this.view();
    if (step === 'personal') {
      e.fullName = checkName(d.fullName, s);
      e.residentId = checkResidentId(d.residentId, true, s);
      e.mobile = checkMobile(d.mobile, s);
      if (!e.mobile && !this.sms.verified(d.mobile)) {
        if (this.sms.state.phase === 'sent') e.smsCode = this.errors.smsCode ?? s.smsCodeInvalid;
        else e.mobile = s.mobileNeedsVerification;
      }
      if (!d.occupation) e.occupation = s.occupationRequired;
      if (!d.workDistrict) e.workDistrict = s.districtRequired;
    } else if (step === 'organisation') {
      if (!d.organisationId || !this.#organisations.find(d.organisationId)) e.organisationId = s.organisationRequired;
    } else if (step === 'consents') {
      for (const k of REQUIRED_CONSENTS) if (!d.consents[k]) e[k] = s.consentNeeded;
      if (!d.charter) e.charter = s.charterNeeded;
    }
    for (const k of Object.keys(e) as FieldKey[]) if (!e[k]) delete e[k];
    return e;
  }

  /** Any change to what would be sent: a later submit is a new create, not a retry. */
  update(patch: Partial<Draft>): void {
    const districtChanged = patch.workDistrict !== undefined && patch.workDistrict !== this.draft.workDistrict;
    this.draft = { ...this.draft, ...patch };
    this.#apply.forget();
    this.#submitError = undefined;
    // Another district: its unions are others, so the choice goes (the suggested one comes back on load).
    if (districtChanged) {
      this.draft.organisationId = '';
      this.#organisations.districtChanged();
    }
    if (this.#step !== 'submitted') saveDraft(this.#step, this.draft);
    this.#host.requestUpdate();
  }

  /** What is sent: the draft as the API takes it, with the SMS proof and the consents ticked. */
  #body(): MembershipApplicationCreate {
    const d = this.draft;
    const sms = this.sms.state;
    return {
      fullName: normaliseName(d.fullName),
      residentIdNumber: normaliseId(d.residentId),
      mobile: mobileOf(d.mobile)!,
      ...(sms.phase === 'verified' && sms.id ? { smsVerificationId: sms.id } : {}),
      occupation: d.occupation as Occupation,
      workDistrict: d.workDistrict as DistrictCode,
      organisationId: d.organisationId,
      charterAccepted: true,
      consents: CONSENT_KEYS.filter((k) => d.consents[k]).map((purpose: ConsentPurpose) => ({ purpose, noticeVersion: NOTICE_VERSION })),
    };
  }

  async #submit(): Promise<void> {
    // Every step once more: a restored draft or an edit may have left something out.
    for (const step of ['personal', 'organisation', 'consents'] as const) {
      const errors = this.#validateStep(step);
      const first = FIELD_ORDER.find((k) => k in errors);
      if (first) {
        this.errors = { ...this.errors, ...errors };
        this.#host.announceError(this.view().s.fixErrors);
        this.#goTo(step, first);
        return;
      }
    }
    this.#submitError = undefined;
    const r = await this.#apply.run(this.#body());
    if (!r.ok) return this.#submitFailed(r.error);
    this.#submitted = r.value;
    // Sent: nothing personal stays in memory longer than needed.
    this.reset();
    this.#step = 'submitted';
    // A status event: it goes out only if the worker just agreed to share (the consent is read again).
    this.#hooks.submitted(r.value);
    this.#host.announce(this.view().s.submittedHeading);
    void this.#host.focusHeading();
  }

  #submitFailed(error: UnionErrorInfo): void {
    const { s } = this.view();
    switch (error.code) {
      case 'already_member':
      case 'application_already_open':
        // The worker is further along than the form: show the card or the status.
        this.reset();
        this.#hooks.reload(`${error.message} ${s.reloaded}`);
        return;
      case 'mobile_not_verified':
      case 'sms_verification_expired':
        this.sms.reset();
        this.errors = { ...this.errors, mobile: error.message };
        this.#goTo('personal', 'mobile');
        return;
      case 'consent_required':
      case 'notice_version_outdated': {
        const errors: Errors = {};
        for (const k of REQUIRED_CONSENTS) errors[k] = error.message;
        this.errors = { ...this.errors, ...errors };
        this.#goTo('consents', 'membership_processing');
        return;
      }
    }
    const errors = fieldErrorsOf(error, this.draft.residentId, s, this.#host.t);
    const first = FIELD_ORDER.find((k) => k in errors);
    if (first) {
      if (first === 'residentId') this.idEditing = true;
      this.errors = { ...this.errors, ...errors };
      this.#goTo(FIELD_STEP[first], first);
      return;
    }
    // Network trouble, a server error, a rate limit…: the input stays, with a retry when it can help.
    this.#submitError = error;
    this.#host.requestUpdate();
  }
}
