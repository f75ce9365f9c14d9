import { MembershipResource, Organisations, SmsVerifications, type UnionCore } from '@unionkit/sdk';
import type {
  ConsentPurpose,
  DistrictCode,
  Membership,
  MembershipApplication,
  MembershipApplicationCreate,
  Occupation,
} from '@unionkit/sdk/types';
import { maskMobile } from '@unionkit/sdk/validators';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { use } from '../internal/api.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { normaliseId } from '../internal/fields.js';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { membershipJoinStyles } from './membership-join.styles.js';
import {
  CONSENT_KEYS,
  FIELD_ORDER,
  FIELD_STEP,
  NOTICE_VERSION,
  REQUIRED_CONSENTS,
  SMS_RESEND_SECONDS,
  STEPS,
  checkMobile,
  checkName,
  checkResidentId,
  clearDraft,
  emptyDraft,
  mobileOf,
  normaliseName,
  residentIdMessage,
  restoreDraft,
  saveDraft,
  type Draft,
  type FieldKey,
  type FlowStep,
  type JoinStep,
} from './model.js';
import { renderOrganisations, type OrganisationList } from './organisations.js';
import { renderPersonal, type SmsState } from './personal.js';
import { membershipJoinStrings, type MembershipJoinStrings } from './strings.js';
import { renderBenefits, renderCard, renderConsents, renderReview, renderStatus, renderSubmitted, type ViewContext } from './views.js';

export { DRAFT_KEY, NOTICE_VERSION, SMS_RESEND_SECONDS, type JoinStep } from './model.js';

const OPEN_STATUSES: ReadonlySet<MembershipApplication['status']> = new Set(['submitted', 'under_review', 'needs_info']);
const ACTIVE_MEMBERSHIP: ReadonlySet<Membership['status']> = new Set(['active', 'transfer_pending']);

type Overview =
  | { kind: 'member'; membership: Membership; organisationName: string | undefined }
  | { kind: 'application'; application: MembershipApplication; organisationName: string | undefined }
  | { kind: 'none' };

/** The name of an organisation, by walking its district's list (there is no lookup by id). */
async function organisationName(
  client: UnionCore,
  district: DistrictCode | null,
  id: string,
  signal: AbortSignal,
): Promise<string | undefined> {
  try {
    const page = use(client, Organisations).list(district ? { district, limit: 100 } : { limit: 100 }, { signal });
    for await (const org of page) if (org.id === id) return org.name;
  } catch (err) {
    if (signal.aborted) throw err;
    // The name is a nicety: the card or status shows without it.
  }
  return undefined;
}

/**
 * @summary Join the union (申请入会): the member card if already a member, the open application's
 * status, else the join flow.
 *
 * The join flow: what membership gives → personal details (name; resident ID validated as typed,
 * birth date and sex derived, shown masked once valid; mobile proved by an SMS code; occupation; work
 * district) → organisation (the suggested one preselected, changeable within the district) → separate
 * consents → review (ID and mobile masked) → submitted, with the union's promise to get in touch
 * within 15 working days. API field errors land on their field and the flow jumps to its step.
 *
 * A half-filled form survives a reload, but only its non-personal part (step, occupation, district,
 * organisation, consents ticked) is kept, in `sessionStorage`; name, ID number and mobile are never
 * stored anywhere and must be entered again.
 *
 * Every consent checkbox and the charter open their full text (`GET /privacy-notices/{purpose}`) in a
 * dialog inside the widget.
 *
 * The host learns the worker's membership only while the worker shares it with the platform (consent
 * `share_status_with_platform`); without it these status events are not sent at all:
 *
 * @event union-membership-status - `{ status, applicationId?, applicationStatus? }`: what was found on
 *   load (`status` is the membership's status, `application_open` or `none`). Status: with consent only.
 * @event union-membership-application-submitted - `{ applicationId, status }` once an application is
 *   made. Status: with consent only.
 * @event union-membership-application-withdrawn - `{ applicationId, status }` once withdrawn. Status:
 *   with consent only.
 * @event union-ready - `{ state }` after the first load.
 * @event union-error - `{ code, retryable }` when a request fails.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and intro.
 * @csspart heading - The widget's and each step's heading.
 * @csspart body - The current view.
 * @csspart progress - The step progress bar.
 * @csspart card - The member card.
 * @csspart status - The open application's status.
 * @csspart benefit - One benefit of membership.
 * @csspart organisation - One organisation choice (a search box filters them when there are many).
 * @csspart review - A section of the review.
 * @csspart button - Every button; `button-primary` the main action of a step; `notice-link` opens a
 *   consent's notice, `notice-close` closes it.
 * @csspart notice-dialog - The dialog showing a privacy notice or the charter.
 * @csspart field - A form field; `label`, `input`, `hint`, `error` inside it.
 * @csspart footer - The footer with the 12351 hotline (`hotline`).
 *
 * @cssproperty --union-membership-join-color-primary - The widget's primary colour (falls back to `--union-color-primary`).
 * @cssproperty --union-membership-join-card-background - The member card's background (default: the primary colour).
 * @cssproperty --union-membership-join-card-color - The member card's text colour (default: on-primary).
 */
export class UnionMembershipJoin extends UnionElement {
  static override styles = [...baseStyles, widgetTokens('membership-join'), fieldStyles, membershipJoinStyles];

  /** The current step of the join flow (read-only for hosts; the worker moves it). */
  get step(): JoinStep {
    return this.#step;
  }

  #step: JoinStep = 'benefits';
  #draft: Draft = emptyDraft();
  #errors: Partial<Record<FieldKey, string>> = {};
  #idEditing = true;
  #sms: SmsState = { phase: 'idle', code: '', resendAt: 0 };
  #ticker: ReturnType<typeof setInterval> | undefined;
  #orgs: OrganisationList = { district: '', status: 'idle', items: [], next: null };
  #orgQuery = '';
  #submitError: UnionErrorInfo | undefined;
  #submitted: MembershipApplication | undefined;
  #confirmWithdraw = false;
  #withdrawError: UnionErrorInfo | undefined;
  #seenOverview: Overview | undefined;
  #draftChecked = false;
  #draftNotice = false;

  /** Membership, then the open application: which of card, status or join flow to show. */
  readonly #overview: AsyncState<Overview> = new AsyncState<Overview>(
    this,
    async (client, signal) => {
      const m = use(client, MembershipResource);
      const [found, applications] = await Promise.all([m.retrieve({ signal }), m.listApplications({ limit: 20 }, { signal })]);
      // Not a member is an ordinary answer: `{ status: 'none' }`.
      const membership = found.status === 'none' ? undefined : found;
      const open = applications.data.find((a) => OPEN_STATUSES.has(a.status));
      if (membership && (ACTIVE_MEMBERSHIP.has(membership.status) || !open)) {
        const from = applications.data.find((a) => a.organisationId === membership.organisationId);
        const name = membership.organisationId
          ? await organisationName(client, from?.workDistrict ?? null, membership.organisationId, signal)
          : undefined;
        return { kind: 'member', membership, organisationName: name };
      }
      if (open) {
        const name = await organisationName(client, open.workDistrict, open.organisationId, signal);
        return { kind: 'application', application: open, organisationName: name };
      }
      return { kind: 'none' };
    },
    { isEmpty: () => false },
  );

  private get s(): MembershipJoinStrings {
    return this.strings(membershipJoinStrings);
  }

  get #view(): ViewContext {
    return { s: this.s, t: this.t, fmt: this.fmt };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicker();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#sms.resendAt > Date.now()) this.#startTicker();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const o = this.#overview.status === 'ready' ? this.#overview.value : undefined;
    if (o && o !== this.#seenOverview) {
      this.#seenOverview = o;
      // Status events: sent only while the worker shares their status with the platform (UnionElement.emit).
      void this.emit(
        'union-membership-status',
        o.kind === 'member'
          ? { status: o.membership.status }
          : o.kind === 'application'
            ? { status: 'application_open', applicationId: o.application.id, applicationStatus: o.application.status }
            : { status: 'none' },
      );
      if (o.kind === 'none') {
        if (!this.#draftChecked) {
          this.#draftChecked = true;
          const restored = restoreDraft(this.t.enums.occupation, this.t.enums.district);
          if (restored) {
            this.#draft = restored.draft;
            this.#step = restored.step;
            this.#draftNotice = restored.restored;
          }
        }
      } else {
        // A card or a status replaces the flow: nothing to come back to.
        clearDraft();
      }
    }
  }

  // ── rendering ────────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult {
    return html`<div part="header">
        <h2 part="heading">${this.s.title}</h2>
      </div>
      <div part="body">
        ${this.#overview.render({
          ready: (o) =>
            o.kind === 'member'
              ? renderCard(this.#view, o.membership, o.organisationName, this.#rejoin)
              : o.kind === 'application'
                ? renderStatus(this.#view, {
                    application: o.application,
                    organisationName: o.organisationName,
                    confirming: this.#confirmWithdraw,
                    running: this.isRunning('withdraw'),
                    error: this.#withdrawError,
                    onAsk: this.#askWithdraw,
                    onCancel: this.#cancelWithdraw,
                    onWithdraw: () => void this.#withdraw(o.application),
                    renderError: (e) => this.renderError(e),
                  })
                : this.#renderFlow(),
        })}
      </div>`;
  }

  #renderFlow(): TemplateResult {
    if (this.#step === 'submitted' && this.#submitted) return renderSubmitted(this.#view, this.#submitted);
    const step = this.#step as FlowStep;
    const index = STEPS.indexOf(step);
    return html`<ol class="progress" part="progress" aria-hidden="true">
        ${STEPS.map((s, i) => html`<li class=${classMap({ done: i < index, current: i === index })}></li>`)}
      </ol>
      <h3 class="step-heading" part="heading" data-step-heading tabindex="-1">
        <span class="step-of">${this.t.common.stepOf(index + 1, STEPS.length)}</span>
        <span>${this.s.steps[step]}</span>
      </h3>
      ${this.#draftNotice && step !== 'benefits' ? html`<p class="notice">${this.s.draftRestored}</p>` : nothing}
      ${step === 'benefits'
        ? renderBenefits(this.#view, () => this.#goTo('personal'))
        : step === 'review'
          ? this.#renderReview()
          : html`<form novalidate @submit=${this.#onStepSubmit}>
              ${step === 'personal'
                ? html`<p class="muted">${this.s.privacyNote}</p>
                    ${this.#renderPersonal()}${this.#renderNav(true)}`
                : step === 'organisation'
                  ? this.#renderOrganisation()
                  : html`${renderConsents(this.#view, {
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
                      noticeLink: (purpose, describedBy) => this.renderNoticeLink(purpose, describedBy),
                    })}${this.#renderNav(true)}`}
            </form>`}`;
  }

  #renderPersonal(): TemplateResult {
    return renderPersonal(this.#view, {
      draft: this.#draft,
      errors: this.#errors,
      idEditing: this.#idEditing,
      sms: this.#sms,
      sending: this.isRunning('sms'),
      confirming: this.isRunning('sms-confirm'),
      onName: (v) => {
        this.#update({ fullName: v });
        // Too long or a character a name cannot have: said at once, never cut silently.
        this.#setError('fullName', checkName(v, this.s, !this.#errors.fullName));
      },
      onNameBlur: () => {
        const name = this.#draft.fullName;
        if (!name) return;
        const problem = checkName(name, this.s);
        this.#setError('fullName', problem);
        if (!problem && normaliseName(name) !== name) this.#update({ fullName: normaliseName(name) });
      },
      onId: (v) => {
        this.#update({ residentId: v });
        this.#setError('residentId', checkResidentId(v, false, this.s));
      },
      onIdBlur: () => {
        if (!this.#draft.residentId) return;
        const problem = checkResidentId(this.#draft.residentId, true, this.s);
        this.#setError('residentId', problem);
        if (!problem) {
          this.#idEditing = false;
          this.requestUpdate();
        }
      },
      onEditId: () => {
        this.#idEditing = true;
        this.requestUpdate();
        void this.#focusField('residentId');
      },
      onMobile: (v) => this.#onMobileInput(v),
      onMobileBlur: () => {
        if (!this.#draft.mobile) return;
        const problem = checkMobile(this.#draft.mobile, this.s);
        this.#setError('mobile', problem);
        const m = mobileOf(this.#draft.mobile);
        if (m && m !== this.#draft.mobile) this.#update({ mobile: m });
      },
      onSendCode: () => void this.#sendCode(),
      onCode: (v) => {
        this.#sms = { ...this.#sms, code: normaliseId(v).replace(/\D/g, '').slice(0, 6) };
        if (this.#errors.smsCode) this.#setError('smsCode', undefined);
        this.requestUpdate();
      },
      onConfirmCode: () => void this.#confirmCode(),
      onChangeMobile: this.#changeMobile,
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
    const s = this.s;
    const district = this.#draft.workDistrict;
    if (!district) return html`<p>${s.organisationMissingDistrict}</p>${this.#renderNav(false)}`;
    const o = this.#orgs;
    let body: unknown;
    if (o.status === 'loading' || o.status === 'idle') body = this.renderLoading();
    else if (o.status === 'error' && o.items.length === 0) body = this.renderError(o.error!, () => void this.#loadOrgs());
    else if (o.items.length === 0) body = this.renderEmpty(s.organisationNone);
    else
      body = html`${renderOrganisations(this.#view, {
        list: o,
        query: this.#orgQuery,
        chosenId: this.#draft.organisationId,
        error: this.#errors.organisationId,
        loadingMore: this.isRunning('orgs-more'),
        onQuery: (q) => {
          this.#orgQuery = q;
          this.requestUpdate();
        },
        onChoose: (id) => {
          this.#update({ organisationId: id });
          this.#setError('organisationId', undefined);
        },
        onMore: () => void this.#loadOrgs(true),
      })}
      ${o.status === 'error' ? this.renderError(o.error!, () => void this.#loadOrgs(true)) : nothing}`;
    return html`${body}${this.#renderNav(o.items.length > 0)}`;
  }

  #renderReview(): TemplateResult {
    const running = this.isRunning('apply');
    return html`${renderReview(this.#view, {
        draft: this.#draft,
        organisation: this.#orgs.items.find((o) => o.id === this.#draft.organisationId),
        onEdit: (step) => this.#goTo(step),
      })}
      ${this.#submitError
        ? this.renderError(this.#submitError, this.#submitError.retryable ? () => void this.#submit() : undefined)
        : nothing}
      <div class="actions">
        <button type="button" part="button" ?disabled=${running} @click=${this.#back}>${this.t.common.back}</button>
        <button
          type="button"
          part="button button-primary"
          class="primary"
          id="submit"
          ?disabled=${running}
          aria-busy=${running ? 'true' : 'false'}
          @click=${() => void this.#submit()}
        >
          ${running ? this.t.common.submitting : this.s.submitApplication}
        </button>
      </div>`;
  }

  /** Back and next. Next is the form's submit button, so Enter in a field moves on too. */
  #renderNav(canGoOn: boolean): TemplateResult {
    return html`<div class="actions">
      <button type="button" part="button" @click=${this.#back}>${this.t.common.back}</button>
      ${canGoOn
        ? html`<button type="submit" part="button button-primary" class="primary" id="next">${this.t.common.next}</button>`
        : nothing}
    </div>`;
  }

  // ── flow ─────────────────────────────────────────────────────────────────────────────────────

  #onStepSubmit = (e: Event): void => {
    e.preventDefault();
    this.#next();
  };

  #goTo(step: JoinStep, focus: FieldKey | 'heading' = 'heading'): void {
    this.#step = step;
    this.#confirmWithdraw = false;
    if (step === 'organisation') this.#ensureOrgs();
    if (step !== 'review') this.#submitError = undefined;
    if (step !== 'submitted') saveDraft(step, this.#draft);
    this.requestUpdate();
    if (focus === 'heading') void this.focusHeading();
    else void this.#focusField(focus);
  }

  #next(): void {
    const errors = this.#validateStep(this.#step);
    this.#errors = { ...this.#errors, ...errors };
    const first = FIELD_ORDER.find((k) => k in errors);
    if (first) {
      this.requestUpdate();
      this.announceError(this.s.fixErrors);
      void this.#focusField(first);
      return;
    }
    // Resolved: no old error stays behind in the alert region.
    this.clearError();
    const next = STEPS[STEPS.indexOf(this.#step as FlowStep) + 1];
    if (next) this.#goTo(next);
  }

  #back = (): void => {
    const i = STEPS.indexOf(this.#step as FlowStep);
    if (i > 0) this.#goTo(STEPS[i - 1]!);
  };

  #rejoin = (): void => {
    this.#step = 'benefits';
    this.#overview.value = { kind: 'none' };
    this.#seenOverview = this.#overview.value;
    this.requestUpdate();
    void this.focusHeading();
  };

  async #focusField(key: FieldKey): Promise<void> {
    await this.updateComplete;
    const q = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const el =
      key === 'organisationId'
        ? (q('input[name="organisation"]:checked') ?? q('input[name="organisation"]'))
        : key === 'residentId'
          ? q('#residentId, #editResidentId')
          : q(`#${key}`);
    if (el) el.focus();
    else await this.focusHeading();
  }

  // ── validation ───────────────────────────────────────────────────────────────────────────────

  #setError(key: FieldKey, message: string | undefined): void {
    if (this.#errors[key] === message) return;
    const next = { ...this.#errors };
    if (message) next[key] = message;
    else delete next[key];
    this.#errors = next;
    this.requestUpdate();
  }

  #validateStep(step: JoinStep): Partial<Record<FieldKey, string>> {
    const e: Partial<Record<FieldKey, string>> = {};
    const d = this.#draft;
    const s = this.s;
    if (step === 'personal') {
      e.fullName = checkName(d.fullName, s);
      e.residentId = checkResidentId(d.residentId, true, s);
      e.mobile = checkMobile(d.mobile, s);
      if (!e.mobile && !this.#mobileVerified()) {
        if (this.#sms.phase === 'sent') e.smsCode = this.#errors.smsCode ?? s.smsCodeInvalid;
        else e.mobile = s.mobileNeedsVerification;
      }
      if (!d.occupation) e.occupation = s.occupationRequired;
      if (!d.workDistrict) e.workDistrict = s.districtRequired;
    } else if (step === 'organisation') {
      if (!d.organisationId || !this.#orgs.items.some((o) => o.id === d.organisationId)) e.organisationId = s.organisationRequired;
    } else if (step === 'consents') {
      for (const k of REQUIRED_CONSENTS) if (!d.consents[k]) e[k] = s.consentNeeded;
      if (!d.charter) e.charter = s.charterNeeded;
    }
    for (const k of Object.keys(e) as FieldKey[]) if (!e[k]) delete e[k];
    return e;
  }

  #mobileVerified(): boolean {
    return this.#sms.phase === 'verified' && this.#sms.mobile === mobileOf(this.#draft.mobile);
  }

  // ── personal details ─────────────────────────────────────────────────────────────────────────

  /** Any change to what would be sent: a later submit is a new create, not a retry. */
  #update(patch: Partial<Draft>): void {
    const districtChanged = patch.workDistrict !== undefined && patch.workDistrict !== this.#draft.workDistrict;
    this.#draft = { ...this.#draft, ...patch };
    this.forgetCreate('apply');
    this.#submitError = undefined;
    // Another district: its unions are others, so the choice goes (the suggested one comes back on load).
    if (districtChanged) {
      this.#draft.organisationId = '';
      this.#orgQuery = '';
    }
    if (this.#step !== 'submitted') saveDraft(this.#step, this.#draft);
    this.requestUpdate();
  }

  #onMobileInput(value: string): void {
    this.#update({ mobile: value });
    const n = mobileOf(value);
    if (this.#sms.phase !== 'idle' && n !== this.#sms.mobile) {
      // Another number: the code sent (or the proof) was for the old one.
      this.#sms = { phase: 'idle', code: '', resendAt: this.#sms.resendAt };
      this.#setError('smsCode', undefined);
    }
    this.forgetCreate('sms');
    const typed = normaliseId(value);
    if (this.#errors.mobile || typed.replace(/\D/g, '').length >= 11 || /[^\d+]/.test(typed)) {
      this.#setError('mobile', checkMobile(value, this.s));
    }
  }

  async #sendCode(): Promise<void> {
    const problem = checkMobile(this.#draft.mobile, this.s);
    if (problem) {
      this.#setError('mobile', problem);
      void this.#focusField('mobile');
      return;
    }
    const mobile = mobileOf(this.#draft.mobile)!;
    const r = await this.runCreate('sms', (client, options) => use(client, SmsVerifications).create({ mobile }, options));
    if (!r.ok) {
      this.#setError('mobile', this.#fieldMessage(r.error, 'mobile') ?? r.error.message);
      return;
    }
    this.#sms = { phase: 'sent', id: r.value.id, mobile, code: '', resendAt: Date.now() + SMS_RESEND_SECONDS * 1000 };
    this.#setError('mobile', undefined);
    this.#setError('smsCode', undefined);
    this.#startTicker();
    this.announce(this.s.codeSent(maskMobile(mobile)));
    this.requestUpdate();
    void this.#focusField('smsCode');
  }

  async #confirmCode(): Promise<void> {
    const { id, code } = this.#sms;
    if (!id) return;
    if (!/^\d{6}$/.test(code)) {
      this.#setError('smsCode', this.s.smsCodeInvalid);
      void this.#focusField('smsCode');
      return;
    }
    const r = await this.runAction('sms-confirm', (client) => use(client, SmsVerifications).confirm(id, { code }));
    if (!r.ok) {
      if (r.error.code === 'sms_attempts_exceeded' || r.error.code === 'sms_verification_expired' || r.error.code === 'not_found') {
        // This code can no longer work: a new one is needed.
        this.#sms = { phase: 'idle', code: '', resendAt: 0 };
        this.#setError('mobile', r.error.message);
        void this.#focusField('mobile');
      } else this.#setError('smsCode', r.error.message);
      return;
    }
    if (!r.value.verified) {
      const wrong = this.s.smsCodeWrong(r.value.attemptsRemaining ?? 0);
      this.#setError('smsCode', wrong);
      this.announceError(wrong);
      void this.#focusField('smsCode');
      return;
    }
    this.#sms = { ...this.#sms, phase: 'verified', code: '' };
    this.#stopTicker();
    this.#setError('smsCode', undefined);
    this.#setError('mobile', undefined);
    this.forgetCreate('apply');
    this.announce(this.s.mobileVerified(maskMobile(this.#sms.mobile ?? '')));
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#mobileVerified')?.focus();
  }

  #changeMobile = (): void => {
    this.#sms = { phase: 'idle', code: '', resendAt: 0 };
    this.forgetCreate('apply');
    this.requestUpdate();
    void this.#focusField('mobile');
  };

  #startTicker(): void {
    if (this.#ticker) return;
    this.#ticker = setInterval(() => {
      if (Date.now() >= this.#sms.resendAt) this.#stopTicker();
      this.requestUpdate();
    }, 1000);
  }

  #stopTicker(): void {
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  // ── organisations ────────────────────────────────────────────────────────────────────────────

  #ensureOrgs(): void {
    const district = this.#draft.workDistrict;
    if (!district) return;
    if (this.#orgs.district === district && (this.#orgs.status === 'ready' || this.#orgs.status === 'loading')) return;
    void this.#loadOrgs();
  }

  async #loadOrgs(more = false): Promise<void> {
    const district = this.#draft.workDistrict;
    if (!district) return;
    const cursor = more ? this.#orgs.next : null;
    if (!more) this.#orgs = { district, status: 'loading', items: [], next: null };
    this.requestUpdate();
    const r = await this.runAction(more ? 'orgs-more' : `orgs:${district}`, (client) =>
      use(client, Organisations).list({ district, acceptsMembers: true, limit: 100, ...(cursor ? { cursor } : {}) }),
    );
    if (this.#draft.workDistrict !== district) return; // the worker changed district meanwhile
    if (!r.ok) {
      this.#orgs = { ...this.#orgs, district, status: 'error', error: r.error };
      this.requestUpdate();
      return;
    }
    const items = more ? [...this.#orgs.items, ...r.value.data] : r.value.data;
    this.#orgs = { district, status: 'ready', items, next: r.value.nextCursor };
    const chosen = this.#draft.organisationId;
    if (!chosen || !items.some((o) => o.id === chosen)) {
      const suggested = items.find((o) => o.suggested) ?? (items.length === 1 ? items[0] : undefined);
      if (suggested && !more) this.#update({ organisationId: suggested.id });
    }
    if (more) this.announce(this.t.common.loaded);
    this.requestUpdate();
  }

  // ── submit ───────────────────────────────────────────────────────────────────────────────────

  async #submit(): Promise<void> {
    // Every step once more: a restored draft or an edit may have left something out.
    for (const step of ['personal', 'organisation', 'consents'] as const) {
      const errors = this.#validateStep(step);
      const first = FIELD_ORDER.find((k) => k in errors);
      if (first) {
        this.#errors = { ...this.#errors, ...errors };
        this.announceError(this.s.fixErrors);
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
      ...(this.#sms.phase === 'verified' && this.#sms.id ? { smsVerificationId: this.#sms.id } : {}),
      occupation: d.occupation as Occupation,
      workDistrict: d.workDistrict as DistrictCode,
      organisationId: d.organisationId,
      charterAccepted: true,
      consents,
    };
    this.#submitError = undefined;
    this.requestUpdate();
    const r = await this.runCreate('apply', (client, options) => use(client, MembershipResource).apply(body, options));
    if (r.ok) {
      this.#submitted = r.value;
      // Sent: nothing personal stays in memory longer than needed.
      this.#resetFlow();
      this.#step = 'submitted';
      // A status event: it goes out only if the worker just agreed to share (the consent is read again).
      void this.emit('union-membership-application-submitted', { applicationId: r.value.id, status: r.value.status });
      this.announce(this.s.submittedHeading);
      void this.focusHeading();
      return;
    }
    this.#handleSubmitError(r.error);
  }

  /** Back to the start with nothing of the worker's kept. */
  #resetFlow(): void {
    clearDraft();
    this.#step = 'benefits';
    this.#draft = emptyDraft();
    this.#sms = { phase: 'idle', code: '', resendAt: 0 };
    this.#idEditing = true;
    this.#draftNotice = false;
    this.requestUpdate();
  }

  #handleSubmitError(error: UnionErrorInfo): void {
    switch (error.code) {
      case 'already_member':
      case 'application_already_open':
        // The worker is further along than the form: show the card or the status.
        this.#resetFlow();
        void this.#overview.run().then(() => {
          this.announce(`${error.message} ${this.s.reloaded}`);
          void this.focusHeading();
        });
        return;
      case 'mobile_not_verified':
      case 'sms_verification_expired':
        this.#sms = { phase: 'idle', code: '', resendAt: 0 };
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
    const errors: Partial<Record<FieldKey, string>> = {};
    for (const fe of error.fieldErrors) {
      const key = FIELD_OF_PATH[fe.path.split('.')[0]!];
      if (key && !errors[key]) errors[key] = this.#fieldMessage(error, fe.path) ?? error.message;
    }
    const first = FIELD_ORDER.find((k) => k in errors);
    if (first) {
      if (first === 'residentId') this.#idEditing = true;
      this.#errors = { ...this.#errors, ...errors };
      this.#goTo(FIELD_STEP[first], first);
      return;
    }
    // Network trouble, a server error, a rate limit…: the input stays, with a retry when it can help.
    this.#submitError = error;
    this.requestUpdate();
  }

  #fieldMessage(error: UnionErrorInfo, path: string): string | undefined {
    const fe = error.fieldErrors.find((f) => f.path === path || f.path.startsWith(`${path}.`));
    if (!fe) return undefined;
    if (path === 'residentIdNumber' && fe.code === 'invalid_value') {
      const problem = residentIdMessage(this.#draft.residentId, this.s);
      if (problem) return problem;
    }
    return this.t.enums.fieldError[fe.code];
  }

  // ── withdraw ─────────────────────────────────────────────────────────────────────────────────

  #askWithdraw = async (): Promise<void> => {
    this.#confirmWithdraw = true;
    this.#withdrawError = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#withdraw-question')?.focus();
  };

  #cancelWithdraw = async (): Promise<void> => {
    this.#confirmWithdraw = false;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#withdraw')?.focus();
  };

  async #withdraw(a: MembershipApplication): Promise<void> {
    const r = await this.runAction('withdraw', (client) => use(client, MembershipResource).withdrawApplication(a.id));
    if (!r.ok) {
      if (r.error.code === 'invalid_state' || r.error.code === 'not_found') {
        // Decided or withdrawn meanwhile: show what it is now.
        this.#confirmWithdraw = false;
        await this.#overview.run();
        void this.focusHeading();
        return;
      }
      this.#withdrawError = r.error;
      this.requestUpdate();
      return;
    }
    this.#confirmWithdraw = false;
    this.#withdrawError = undefined;
    void this.emit('union-membership-application-withdrawn', { applicationId: r.value.id, status: r.value.status });
    this.#resetFlow();
    await this.#overview.run();
    this.announce(this.s.withdrawn);
    void this.focusHeading();
  }
}

/** The widget's field for the head of an API error path (`residentIdNumber`, `consents.0.purpose`, …). */
const FIELD_OF_PATH: Record<string, FieldKey> = {
  fullName: 'fullName',
  residentIdNumber: 'residentId',
  mobile: 'mobile',
  smsVerificationId: 'mobile',
  occupation: 'occupation',
  workDistrict: 'workDistrict',
  organisationId: 'organisationId',
  charterAccepted: 'charter',
  consents: 'membership_processing',
};
