/**
 * The join flow of `<union-membership-join>`: what membership gives → personal details → organisation →
 * separate consents → review → submitted. It owns the draft (personal fields in memory only, the rest
 * kept over a reload), the checks of each step, the SMS proof and the submit with its one idempotency
 * key; the element lends it its runners, strings and shared templates (`JoinHooks`) and says to the host
 * what it may (`submitted`).
 */
import { Memberships, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import type {
  ConsentPurpose,
  DistrictCode,
  MembershipApplication,
  MembershipApplicationCreate,
  NoticePurpose,
  Occupation,
} from '@unionkit/sdk/types';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import type { ActionResult } from '../internal/base.js';
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
import { OrganisationChoice, renderOrganisations } from './organisations.js';
import { renderPersonal } from './personal.js';
import { SmsCode } from './sms.js';
import type { MembershipJoinStrings } from './strings.js';
import { renderBenefits, renderConsents, renderReview, renderSubmitted, type ViewContext } from './views.js';

/** What the element lends the flow. */
export interface JoinHooks {
  runCreate<T>(key: string, fn: (client: UnionCore, options: RequestOptions) => Promise<T>): Promise<ActionResult<T>>;
  runAction<T>(key: string, fn: (client: UnionCore) => Promise<T>): Promise<ActionResult<T>>;
  forgetCreate(key: string): void;
  isRunning(key: string): boolean;
  s(): MembershipJoinStrings;
  t(): ViewContext['t'];
  view(): ViewContext;
  announce(message: string): void;
  announceError(message: string): void;
  clearError(): void;
  focusHeading(): Promise<void>;
  renderLoading(): TemplateResult;
  renderEmpty(message: string): TemplateResult;
  renderError(error: UnionErrorInfo, retry?: () => void): TemplateResult;
  noticeLink(purpose: NoticePurpose, describedBy: string): TemplateResult;
  /** An application was made: the element tells the host, if the worker lets it. */
  submitted(application: MembershipApplication): void;
  /** The worker is further along than the form (already a member, an open application): show that, and say `message`. */
  reload(message: string): void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class JoinFlow {
  readonly #host: Host;
  readonly #h: JoinHooks;
  readonly #sms: SmsCode;
  #step: JoinStep = 'benefits';
  #draft: Draft = emptyDraft();
  #errors: Partial<Record<FieldKey, string>> = {};
  #idEditing = true;
  readonly #orgs: OrganisationChoice;
  #submitError: UnionErrorInfo | undefined;
  #submitted: MembershipApplication | undefined;
  #draftChecked = false;
  #draftNotice = false;

  constructor(host: Host, hooks: JoinHooks) {
    this.#host = host;
    this.#h = hooks;
    this.#sms = new SmsCode(host, {
      ...hooks,
      error: (key) => this.#errors[key],
      setError: (key, message) => this.#setError(key, message),
      fieldMessage: (error) => fieldMessage(error, 'mobile', this.#draft.residentId, hooks.s(), hooks.t()),
      focus: (key) => void this.#focusField(key),
    });
    this.#orgs = new OrganisationChoice(host, (key, fn) => hooks.runAction(key, fn));
  }

  get step(): JoinStep {
    return this.#step;
  }

  /** The first time the flow is shown: what the worker had filled in before a reload, if anything. */
  restore(): void {
    if (this.#draftChecked) return;
    this.#draftChecked = true;
    const t = this.#h.t();
    const restored = restoreDraft(t.enums.occupation, t.enums.district);
    if (!restored) return;
    this.#draft = restored.draft;
    this.#step = restored.step;
    this.#draftNotice = restored.restored;
  }

  /** Back to the start with nothing of the worker's kept (after a submit or a withdrawal). */
  reset(): void {
    this.#resetFlow();
  }

  /** The flow's current step (or the confirmation). */
  render(): TemplateResult {
    if (this.#step === 'submitted' && this.#submitted) return renderSubmitted(this.#h.view(), this.#submitted);
    const step = this.#step as FlowStep;
    const index = STEPS.indexOf(step);
    return html`<ol class="progress" part="progress" aria-hidden="true">
        ${STEPS.map((s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}></li>`)}
      </ol>
      <h3 class="step-heading" part="heading" data-step-heading tabindex="-1">
        <span class="step-of">${this.#h.t().common.stepOf(index + 1, STEPS.length)}</span>
        <span>${this.#h.s().steps[step]}</span>
      </h3>
      ${this.#draftNotice && step !== 'benefits' ? html`<p class="notice">${this.#h.s().draftRestored}</p>` : nothing}
      ${step === 'benefits'
        ? renderBenefits(this.#h.view(), () => this.#goTo('personal'))
        : step === 'review'
          ? this.#renderReview()
          : html`<form novalidate @submit=${this.#onStepSubmit}>
              ${step === 'personal'
                ? html`<p class="muted">${this.#h.s().privacyNote}</p>
                    ${this.#renderPersonal()}${this.#renderNav(true)}`
                : step === 'organisation'
                  ? this.#renderOrganisation()
                  : html`${renderConsents(this.#h.view(), {
                      draft: this.#draft,
                      errors: this.#errors,
                      onConsent: (key, checked) => {
                        this.#update({ consents: { ...this.#draft.consents, [key]: checked } });
                        if (checked && key !== 'share_status_with_platform') this.#setError(key, undefined);
                      },
                      onCharter: (checked) => {
                        this.#update({ charter: checked });
                        if (checked) this.#setError('charter', undefined);
                      },
                      noticeLink: (purpose, describedBy) => this.#h.noticeLink(purpose, describedBy),
                    })}${this.#renderNav(true)}`}
            </form>`}`;
  }

  #renderPersonal(): TemplateResult {
    return renderPersonal(this.#h.view(), {
      draft: this.#draft,
      errors: this.#errors,
      idEditing: this.#idEditing,
      sms: this.#sms.state,
      sending: this.#h.isRunning('sms'),
      confirming: this.#h.isRunning('sms-confirm'),
      onName: (v) => {
        this.#update({ fullName: v });
        // Too long or a character a name cannot have: said at once, never cut silently.
        this.#setError('fullName', checkName(v, this.#h.s(), !this.#errors.fullName));
      },
      onNameBlur: () => {
        const name = this.#draft.fullName;
        if (!name) return;
        const problem = checkName(name, this.#h.s());
        this.#setError('fullName', problem);
        if (!problem && normaliseName(name) !== name) this.#update({ fullName: normaliseName(name) });
      },
      onId: (v) => {
        this.#update({ residentId: v });
        this.#setError('residentId', checkResidentId(v, false, this.#h.s()));
      },
      onIdBlur: () => {
        if (!this.#draft.residentId) return;
        const problem = checkResidentId(this.#draft.residentId, true, this.#h.s());
        this.#setError('residentId', problem);
        if (!problem) {
          this.#idEditing = false;
          this.#host.requestUpdate();
        }
      },
      onEditId: () => {
        this.#idEditing = true;
        this.#host.requestUpdate();
        void this.#focusField('residentId');
      },
      onMobile: (v) => this.#onMobileInput(v),
      onMobileBlur: () => {
        if (!this.#draft.mobile) return;
        const problem = checkMobile(this.#draft.mobile, this.#h.s());
        this.#setError('mobile', problem);
        const m = mobileOf(this.#draft.mobile);
        if (m && m !== this.#draft.mobile) this.#update({ mobile: m });
      },
      onSendCode: () => void this.#sms.send(this.#draft.mobile),
      onCode: (v) => this.#sms.codeTyped(v),
      onConfirmCode: () => void this.#sms.confirm(),
      onChangeMobile: () => this.#sms.change(),
      onOccupation: (v) => {
        this.#update({ occupation: v });
        this.#setError('occupation', v ? undefined : this.#errors.occupation);
      },
      onDistrict: (v) => {
        this.#update({ workDistrict: v });
        this.#setError('workDistrict', v ? undefined : this.#errors.workDistrict);
      },
    });
  }

  #renderOrganisation(): TemplateResult {
    const s = this.#h.s();
    if (!this.#draft.workDistrict) return html`<p>${s.organisationMissingDistrict}</p>${this.#renderNav(false)}`;
    const o = this.#orgs.list;
    const retry = (more: boolean) => () => void this.#loadOrgs(more);
    let body: unknown;
    if (o.status === 'loading' || o.status === 'idle') body = this.#h.renderLoading();
    else if (o.status === 'error' && o.items.length === 0) body = this.#h.renderError(o.error!, retry(false));
    else if (o.items.length === 0) body = this.#h.renderEmpty(s.organisationNone);
    else
      body = html`${renderOrganisations(this.#h.view(), {
        list: o,
        query: this.#orgs.query,
        chosenId: this.#draft.organisationId,
        error: this.#errors.organisationId,
        loadingMore: this.#h.isRunning('orgs-more'),
        onQuery: (q) => {
          this.#orgs.query = q;
          this.#host.requestUpdate();
        },
        onChoose: (id) => {
          this.#update({ organisationId: id });
          this.#setError('organisationId', undefined);
        },
        onMore: retry(true),
      })}
      ${o.status === 'error' ? this.#h.renderError(o.error!, retry(true)) : nothing}`;
    return html`${body}${this.#renderNav(o.items.length > 0)}`;
  }

  #renderReview(): TemplateResult {
    return renderReview(this.#h.view(), {
      draft: this.#draft,
      organisation: this.#orgs.find(this.#draft.organisationId),
      running: this.#h.isRunning('apply'),
      error: this.#submitError,
      renderError: this.#h.renderError,
      onEdit: (step) => this.#goTo(step),
      onBack: this.#back,
      onSubmit: () => void this.#submit(),
    });
  }

  /** Back and next. Next is the form's submit button, so Enter in a field moves on too. */
  #renderNav(canGoOn: boolean): TemplateResult {
    return html`<div class="actions">
      <button type="button" part="button" @click=${this.#back}>${this.#h.t().common.back}</button>
      ${canGoOn
        ? html`<button type="submit" part="button button-primary" class="primary" id="next">${this.#h.t().common.next}</button>`
        : nothing}
    </div>`;
  }

  #onStepSubmit = (e: Event): void => {
    e.preventDefault();
    this.#next();
  };

  #goTo(step: JoinStep, focus: FieldKey | 'heading' = 'heading'): void {
    this.#step = step;
    if (step === 'organisation') void this.#loadOrgs();
    if (step !== 'review') this.#submitError = undefined;
    if (step !== 'submitted') saveDraft(step, this.#draft);
    this.#host.requestUpdate();
    if (focus === 'heading') void this.#h.focusHeading();
    else void this.#focusField(focus);
  }

  #next(): void {
    const errors = this.#validateStep(this.#step);
    this.#errors = { ...this.#errors, ...errors };
    const first = FIELD_ORDER.find((k) => k in errors);
    if (first) {
      this.#host.requestUpdate();
      this.#h.announceError(this.#h.s().fixErrors);
      void this.#focusField(first);
      return;
    }
    // Resolved: no old error stays behind in the alert region.
    this.#h.clearError();
    const next = STEPS[STEPS.indexOf(this.#step as FlowStep) + 1];
    if (next) this.#goTo(next);
  }

  #back = (): void => {
    const i = STEPS.indexOf(this.#step as FlowStep);
    if (i > 0) this.#goTo(STEPS[i - 1]!);
  };

  async #focusField(key: FieldKey | 'mobileVerified'): Promise<void> {
    await this.#host.updateComplete;
    const q = (selector: string) => this.#host.renderRoot.querySelector<HTMLElement>(selector);
    const el =
      key === 'organisationId'
        ? (q('input[name="organisation"]:checked') ?? q('input[name="organisation"]'))
        : key === 'residentId'
          ? q('#residentId, #editResidentId')
          : q(`#${key}`);
    if (el) el.focus();
    else await this.#h.focusHeading();
  }

  #setError(key: FieldKey, message: string | undefined): void {
    if (this.#errors[key] === message) return;
    const next = { ...this.#errors };
    if (message) next[key] = message;
    else delete next[key];
    this.#errors = next;
    this.#host.requestUpdate();
  }

  #validateStep(step: JoinStep): Partial<Record<FieldKey, string>> {
    const e: Partial<Record<FieldKey, string>> = {};
    const d = this.#draft;
    const s = this.#h.s();
    if (step === 'personal') {
      e.fullName = checkName(d.fullName, s);
      e.residentId = checkResidentId(d.residentId, true, s);
      e.mobile = checkMobile(d.mobile, s);
      if (!e.mobile && !this.#mobileVerified()) {
        if (this.#sms.state.phase === 'sent') e.smsCode = this.#errors.smsCode ?? s.smsCodeInvalid;
        else e.mobile = s.mobileNeedsVerification;
      }
      if (!d.occupation) e.occupation = s.occupationRequired;
      if (!d.workDistrict) e.workDistrict = s.districtRequired;
    } else if (step === 'organisation') {
      if (!d.organisationId || !this.#orgs.find(d.organisationId)) e.organisationId = s.organisationRequired;
    } else if (step === 'consents') {
      for (const k of REQUIRED_CONSENTS) if (!d.consents[k]) e[k] = s.consentNeeded;
      if (!d.charter) e.charter = s.charterNeeded;
    }
    for (const k of Object.keys(e) as FieldKey[]) if (!e[k]) delete e[k];
    return e;
  }

  #mobileVerified(): boolean {
    return this.#sms.verified(this.#draft.mobile);
  }

  /** Any change to what would be sent: a later submit is a new create, not a retry. */
  #update(patch: Partial<Draft>): void {
    const districtChanged = patch.workDistrict !== undefined && patch.workDistrict !== this.#draft.workDistrict;
    this.#draft = { ...this.#draft, ...patch };
    this.#h.forgetCreate('apply');
    this.#submitError = undefined;
    // Another district: its unions are others, so the choice goes (the suggested one comes back on load).
    if (districtChanged) {
      this.#draft.organisationId = '';
      this.#orgs.query = '';
    }
    if (this.#step !== 'submitted') saveDraft(this.#step, this.#draft);
    this.#host.requestUpdate();
  }

  #onMobileInput(value: string): void {
    this.#update({ mobile: value });
    this.#sms.mobileTyped(value);
  }


  async #loadOrgs(more = false): Promise<void> {
    const district = this.#draft.workDistrict;
    if (!district || (!more && this.#orgs.has(district))) return;
    const items = await this.#orgs.load(district, more, () => this.#draft.workDistrict === district);
    if (!items) return;
    const chosen = this.#draft.organisationId;
    if (!more && (!chosen || !items.some((o) => o.id === chosen))) {
      const suggested = items.find((o) => o.suggested) ?? (items.length === 1 ? items[0] : undefined);
      if (suggested) this.#update({ organisationId: suggested.id });
    }
    if (more) this.#h.announce(this.#h.t().common.loaded);
  }

  async #submit(): Promise<void> {
    // Every step once more: a restored draft or an edit may have left something out.
    for (const step of ['personal', 'organisation', 'consents'] as const) {
      const errors = this.#validateStep(step);
      const first = FIELD_ORDER.find((k) => k in errors);
      if (first) {
        this.#errors = { ...this.#errors, ...errors };
        this.#h.announceError(this.#h.s().fixErrors);
        this.#goTo(step, first);
        return;
      }
    }
    const d = this.#draft;
    const consents = CONSENT_KEYS.filter((k) => d.consents[k]).map((purpose: ConsentPurpose) => ({
      purpose,
      noticeVersion: NOTICE_VERSION,
    }));
    const body: MembershipApplicationCreate = {
      fullName: normaliseName(d.fullName),
      residentIdNumber: normaliseId(d.residentId),
      mobile: mobileOf(d.mobile)!,
      ...(this.#sms.state.phase === 'verified' && this.#sms.state.id ? { smsVerificationId: this.#sms.state.id } : {}),
      occupation: d.occupation as Occupation,
      workDistrict: d.workDistrict as DistrictCode,
      organisationId: d.organisationId,
      charterAccepted: true,
      consents,
    };
    this.#submitError = undefined;
    this.#host.requestUpdate();
    const r = await this.#h.runCreate('apply', (client, options) => use(client, Memberships).apply(body, options));
    if (r.ok) {
      this.#submitted = r.value;
      // Sent: nothing personal stays in memory longer than needed.
      this.#resetFlow();
      this.#step = 'submitted';
      // A status event: it goes out only if the worker just agreed to share (the consent is read again).
      this.#h.submitted(r.value);
      this.#h.announce(this.#h.s().submittedHeading);
      void this.#h.focusHeading();
      return;
    }
    this.#handleSubmitError(r.error);
  }

  /** Back to the start with nothing of the worker's kept. */
  #resetFlow(): void {
    clearDraft();
    this.#step = 'benefits';
    this.#draft = emptyDraft();
    this.#sms.reset();
    this.#idEditing = true;
    this.#draftNotice = false;
    this.#host.requestUpdate();
  }

  #handleSubmitError(error: UnionErrorInfo): void {
    switch (error.code) {
      case 'already_member':
      case 'application_already_open':
        // The worker is further along than the form: show the card or the status.
        this.#resetFlow();
        this.#h.reload(`${error.message} ${this.#h.s().reloaded}`);
        return;
      case 'mobile_not_verified':
      case 'sms_verification_expired':
        this.#sms.reset();
        this.#errors = { ...this.#errors, mobile: error.message };
        this.#goTo('personal', 'mobile');
        return;
      case 'consent_required':
      case 'notice_version_outdated': {
        const errors: Partial<Record<FieldKey, string>> = {};
        for (const k of REQUIRED_CONSENTS) errors[k] = error.message;
        this.#errors = { ...this.#errors, ...errors };
        this.#goTo('consents', 'membership_processing');
        return;
      }
    }
    const errors = fieldErrorsOf(error, this.#draft.residentId, this.#h.s(), this.#h.t());
    const first = FIELD_ORDER.find((k) => k in errors);
    if (first) {
      if (first === 'residentId') this.#idEditing = true;
      this.#errors = { ...this.#errors, ...errors };
      this.#goTo(FIELD_STEP[first], first);
      return;
    }
    // Network trouble, a server error, a rate limit…: the input stays, with a retry when it can help.
    this.#submitError = error;
    this.#host.requestUpdate();
  }

}
