import { ApiError, MembershipResource, Organisations, SmsVerifications, type UnionCore } from '@unionkit/sdk';
import type {
  ConsentPurpose,
  DistrictCode,
  Membership,
  MembershipApplication,
  MembershipApplicationCreate,
  Occupation,
  UnionOrganisation,
} from '@unionkit/sdk/types';
import { ageOn, isValidMobile, maskMobile, maskResidentId, normaliseMobile, parseResidentId } from '@unionkit/sdk/validators';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { use } from '../internal/api.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { checkbox, selectField, textField } from '../internal/fields.js';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { membershipJoinStrings, type MembershipJoinStrings } from './strings.js';
import { membershipJoinStyles } from './membership-join.styles.js';

/** The privacy notices' current version; every consent names it. */
export const NOTICE_VERSION = '2026-11';
/** Seconds before another SMS code may be asked for. */
export const SMS_RESEND_SECONDS = 60;
/** `sessionStorage` key of the (non-personal) draft. */
export const DRAFT_KEY = 'unionkit:membership-join:draft';
/** A draft older than this is not restored. */
const DRAFT_TTL_MS = 2 * 60 * 60 * 1000;
const MIN_AGE = 16;

const OPEN_STATUSES: ReadonlySet<MembershipApplication['status']> = new Set(['submitted', 'under_review', 'needs_info']);
const ACTIVE_MEMBERSHIP: ReadonlySet<Membership['status']> = new Set(['active', 'transfer_pending']);

/** The five steps of the join flow, then the confirmation. */
export type JoinStep = 'benefits' | 'personal' | 'organisation' | 'consents' | 'review' | 'submitted';
const STEPS: readonly Exclude<JoinStep, 'submitted'>[] = ['benefits', 'personal', 'organisation', 'consents', 'review'];

type ConsentKey = 'membership_processing' | 'sensitive_id_number' | 'share_status_with_platform';
const CONSENT_KEYS: readonly ConsentKey[] = ['membership_processing', 'sensitive_id_number', 'share_status_with_platform'];
const REQUIRED_CONSENTS: readonly ('membership_processing' | 'sensitive_id_number')[] = ['membership_processing', 'sensitive_id_number'];

type FieldKey =
  | 'fullName'
  | 'residentId'
  | 'mobile'
  | 'smsCode'
  | 'occupation'
  | 'workDistrict'
  | 'organisationId'
  | 'membership_processing'
  | 'sensitive_id_number'
  | 'charter';

/** Where each field lives, and the id of its control. */
const FIELD_STEP: Record<FieldKey, JoinStep> = {
  fullName: 'personal',
  residentId: 'personal',
  mobile: 'personal',
  smsCode: 'personal',
  occupation: 'personal',
  workDistrict: 'personal',
  organisationId: 'organisation',
  membership_processing: 'consents',
  sensitive_id_number: 'consents',
  charter: 'consents',
};
const FIELD_ORDER = Object.keys(FIELD_STEP) as FieldKey[];

/** What the worker is filling in. Personal fields live only in memory. */
interface Draft {
  fullName: string;
  residentId: string;
  mobile: string;
  occupation: Occupation | '';
  workDistrict: DistrictCode | '';
  organisationId: string;
  consents: Record<ConsentKey, boolean>;
  charter: boolean;
}

/** What is written to `sessionStorage`: nothing that identifies the worker. */
interface StoredDraft {
  v: 1;
  savedAt: number;
  step: Exclude<JoinStep, 'submitted'>;
  occupation: Occupation | '';
  workDistrict: DistrictCode | '';
  organisationId: string;
  consents: Record<ConsentKey, boolean>;
  charter: boolean;
}

interface SmsState {
  phase: 'idle' | 'sent' | 'verified';
  id?: string;
  /** The normalised number the code was sent to. */
  mobile?: string;
  code: string;
  /** `Date.now()` after which a new code may be asked for. */
  resendAt: number;
}

type Overview =
  | { kind: 'member'; membership: Membership; organisationName: string | undefined }
  | { kind: 'application'; application: MembershipApplication; organisationName: string | undefined }
  | { kind: 'none' };

function emptyDraft(): Draft {
  return {
    fullName: '',
    residentId: '',
    mobile: '',
    occupation: '',
    workDistrict: '',
    organisationId: '',
    consents: { membership_processing: false, sensitive_id_number: false, share_status_with_platform: false },
    charter: false,
  };
}

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
 * @event union-membership-status - `{ status, applicationId?, applicationStatus? }`: what was found on
 *   load (`status` is the membership's status, `application_open` or `none`).
 * @event union-membership-application-submitted - `{ applicationId, status }` once an application is made.
 * @event union-membership-application-withdrawn - `{ applicationId, status }` once withdrawn.
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
 * @csspart organisation - One organisation choice.
 * @csspart review - A section of the review.
 * @csspart button - Every button; `button-primary` the main action of a step.
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
  #orgs: { district: DistrictCode | ''; status: 'idle' | 'loading' | 'ready' | 'error'; items: UnionOrganisation[]; next: string | null; error?: UnionErrorInfo } =
    { district: '', status: 'idle', items: [], next: null };
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
      const [membership, applications] = await Promise.all([
        m.retrieve({ signal }).catch((err: unknown) => {
          if (err instanceof ApiError && err.code === 'not_a_member') return null;
          throw err;
        }),
        m.listApplications({ limit: 20 }, { signal }),
      ]);
      const open = applications.data.find((a) => OPEN_STATUSES.has(a.status));
      if (membership && (ACTIVE_MEMBERSHIP.has(membership.status) || !open)) {
        const from = applications.data.find((a) => a.organisationId === membership.organisationId);
        const name = await organisationName(client, from?.workDistrict ?? null, membership.organisationId, signal);
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
      if (o.kind === 'member') this.emit('union-membership-status', { status: o.membership.status });
      else if (o.kind === 'application') {
        this.emit('union-membership-status', {
          status: 'application_open',
          applicationId: o.application.id,
          applicationStatus: o.application.status,
        });
      } else this.emit('union-membership-status', { status: 'none' });
      if (o.kind === 'none') {
        if (!this.#draftChecked) {
          this.#draftChecked = true;
          this.#restoreDraft();
        }
      } else {
        // A card or a status replaces the flow: nothing to come back to.
        this.#clearDraft();
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
              ? this.#renderCard(o.membership, o.organisationName)
              : o.kind === 'application'
                ? this.#renderStatus(o.application, o.organisationName)
                : this.#renderFlow(),
        })}
      </div>`;
  }

  #renderCard(m: Membership, orgName: string | undefined): TemplateResult {
    const active = ACTIVE_MEMBERSHIP.has(m.status);
    return html`<section part="card" class="card" aria-labelledby="card-heading">
        <h3 id="card-heading" part="heading" data-step-heading tabindex="-1">${this.s.cardHeading}</h3>
        <dl>
          <dt>${this.s.record.memberNumber}</dt>
          <dd>${m.memberNumber}</dd>
          <dt>${this.s.record.organisation}</dt>
          <dd>${orgName ?? '—'}</dd>
          <dt>${this.s.record.memberSince}</dt>
          <dd>${this.fmt.date(m.since)}</dd>
          <dt>${this.s.memberStatus}</dt>
          <dd>${this.s.enums.membershipStatus[m.status]}</dd>
        </dl>
        <p>${this.s.cardPrivate}</p>
      </section>
      ${active
        ? nothing
        : html`<div class="actions">
            <button type="button" part="button button-primary" class="primary" @click=${this.#rejoin}>${this.s.rejoin}</button>
          </div>`}`;
  }

  #renderStatus(a: MembershipApplication, orgName: string | undefined): TemplateResult {
    const running = this.isRunning('withdraw');
    return html`<section part="status" class="status" aria-labelledby="status-heading">
      <h3 id="status-heading" part="heading" data-step-heading tabindex="-1">${this.s.statusHeading}</h3>
      <dl>
        <dt>${this.s.statusLabel}</dt>
        <dd>${this.s.enums.membershipApplicationStatus[a.status]}</dd>
        <dt>${this.s.applicationNumber}</dt>
        <dd>${a.id}</dd>
        <dt>${this.s.record.organisation}</dt>
        <dd>${orgName ?? '—'}</dd>
        <dt>${this.s.submittedOn}</dt>
        <dd>${this.fmt.date(a.submittedAt)}</dd>
      </dl>
      ${a.status === 'needs_info' ? html`<p class="notice">${this.s.needsInfo}</p>` : nothing}
      ${a.decisionNote
        ? html`<dl>
            <dt>${this.s.decisionNote}</dt>
            <dd>${a.decisionNote}</dd>
          </dl>`
        : nothing}
      <p>${this.s.record.contactPromise(this.fmt.date(a.contactDueDate))}</p>
      ${this.#withdrawError ? this.renderError(this.#withdrawError) : nothing}
      ${this.#confirmWithdraw
        ? html`<div class="confirm" role="group" aria-labelledby="withdraw-question">
            <p id="withdraw-question" tabindex="-1">${this.s.withdrawQuestion}</p>
            <div class="actions">
              <button
                type="button"
                part="button"
                class="danger"
                ?disabled=${running}
                aria-busy=${running ? 'true' : 'false'}
                @click=${() => this.#withdraw(a)}
              >
                ${running ? this.t.common.submitting : this.s.withdrawYes}
              </button>
              <button type="button" part="button" ?disabled=${running} @click=${this.#cancelWithdraw}>${this.s.withdrawNo}</button>
            </div>
          </div>`
        : html`<div class="actions">
            <button type="button" part="button" id="withdraw" @click=${this.#askWithdraw}>${this.s.withdraw}</button>
          </div>`}
    </section>`;
  }

  #renderFlow(): TemplateResult {
    if (this.#step === 'submitted' && this.#submitted) return this.#renderSubmitted(this.#submitted);
    const index = STEPS.indexOf(this.#step as Exclude<JoinStep, 'submitted'>);
    const title = this.s.steps[this.#step as Exclude<JoinStep, 'submitted'>];
    return html`<ol class="progress" part="progress" aria-hidden="true">
        ${STEPS.map((s, i) => html`<li class=${classMap({ done: i < index, current: i === index })}></li>`)}
      </ol>
      <h3 class="step-heading" part="heading" data-step-heading tabindex="-1">
        <span class="step-of">${this.t.common.stepOf(index + 1, STEPS.length)}</span>
        <span>${title}</span>
      </h3>
      ${this.#draftNotice && this.#step !== 'benefits' ? html`<p class="notice">${this.s.draftRestored}</p>` : nothing}
      ${this.#step === 'benefits'
        ? this.#renderBenefits()
        : this.#step === 'personal'
          ? this.#renderPersonal()
          : this.#step === 'organisation'
            ? this.#renderOrganisation()
            : this.#step === 'consents'
              ? this.#renderConsents()
              : this.#renderReview()}`;
  }

  #renderBenefits(): TemplateResult {
    return html`<p class="intro">${this.s.intro}</p>
      <p>${this.s.benefitsLead}</p>
      <ul class="benefits">
        ${this.s.benefits.map((b) => html`<li part="benefit"><strong>${b.title}</strong>${b.text}</li>`)}
      </ul>
      <p class="muted">${this.s.privacyNote}</p>
      <div class="actions">
        <button type="button" part="button button-primary" class="primary" @click=${() => this.#goTo('personal')}>
          ${this.s.start}
        </button>
      </div>`;
  }

  #renderPersonal(): TemplateResult {
    const s = this.s;
    const d = this.#draft;
    const id = parseResidentId(d.residentId);
    const showMasked = !this.#idEditing && id.valid && !this.#errors.residentId;
    return html`<p class="muted">${s.privacyNote}</p>
      <form novalidate @submit=${this.#onStepSubmit}>
        ${textField({
          id: 'fullName',
          label: s.fullName,
          hint: s.fullNameHint,
          error: this.#errors.fullName,
          required: true,
          value: d.fullName,
          autocomplete: 'name',
          maxlength: 40,
          onInput: (v) => {
            this.#update({ fullName: v });
            if (this.#errors.fullName) this.#setError('fullName', this.#checkName());
          },
          onBlur: () => d.fullName && this.#setError('fullName', this.#checkName()),
        })}
        ${showMasked && id.valid
          ? html`<div class="field" part="field">
              <span class="label" id="residentId-label">${s.residentId}</span>
              <div class="masked">
                <span class="value" aria-labelledby="residentId-label residentId-masked" id="residentId-masked"
                  >${maskResidentId(d.residentId)}</span
                >
                <button type="button" part="button" id="editResidentId" @click=${this.#editId}>${s.editResidentId}</button>
              </div>
              <span class="hint" part="hint">${s.residentIdDerived(this.fmt.date(id.birthDate), s.sex[id.sex])}</span>
            </div>`
          : textField({
              id: 'residentId',
              label: s.residentId,
              hint: id.valid ? s.residentIdDerived(this.fmt.date(id.birthDate), s.sex[id.sex]) : s.residentIdHint,
              error: this.#errors.residentId,
              required: true,
              value: d.residentId,
              autocomplete: 'off',
              maxlength: 18,
              onInput: (v) => this.#onIdInput(v),
              onBlur: () => this.#onIdBlur(),
            })}
        <div class="inline">
          ${textField({
            id: 'mobile',
            label: s.mobile,
            hint: s.mobileHint,
            error: this.#errors.mobile,
            required: true,
            value: d.mobile,
            type: 'tel',
            inputmode: 'tel',
            autocomplete: 'tel-national',
            maxlength: 16,
            onInput: (v) => this.#onMobileInput(v),
            onBlur: () => d.mobile && this.#setError('mobile', this.#checkMobileFormat()),
          })}
          ${this.#sms.phase === 'verified' ? nothing : this.#renderSendCode()}
        </div>
        ${this.#renderSms()}
        ${selectField<Occupation>({
          id: 'occupation',
          label: this.s.record.occupation,
          error: this.#errors.occupation,
          required: true,
          value: d.occupation,
          placeholder: s.choose,
          options: (Object.keys(this.t.enums.occupation) as Occupation[]).map((value) => ({
            value,
            label: this.t.enums.occupation[value],
          })),
          onChange: (v) => {
            this.#update({ occupation: v });
            this.#setError('occupation', v ? undefined : this.#errors.occupation);
          },
        })}
        ${selectField<DistrictCode>({
          id: 'workDistrict',
          label: this.s.record.workDistrict,
          error: this.#errors.workDistrict,
          required: true,
          value: d.workDistrict,
          placeholder: s.choose,
          options: (Object.keys(this.t.enums.district) as DistrictCode[]).map((value) => ({
            value,
            label: this.t.enums.district[value],
          })),
          onChange: (v) => {
            this.#update({ workDistrict: v });
            this.#setError('workDistrict', v ? undefined : this.#errors.workDistrict);
          },
        })}
        ${this.#renderNav(true)}
      </form>`;
  }

  #renderSendCode(): TemplateResult {
    const running = this.isRunning('sms');
    const wait = Math.max(0, Math.ceil((this.#sms.resendAt - Date.now()) / 1000));
    const label = running
      ? this.t.common.submitting
      : wait > 0
        ? this.s.resendIn(wait)
        : this.#sms.phase === 'sent'
          ? this.s.resendCode
          : this.s.sendCode;
    return html`<button
      type="button"
      part="button"
      id="sendCode"
      ?disabled=${running || wait > 0}
      aria-busy=${running ? 'true' : 'false'}
      @click=${this.#sendCode}
    >
      ${label}
    </button>`;
  }

  #renderSms(): TemplateResult | typeof nothing {
    const s = this.s;
    if (this.#sms.phase === 'verified') {
      return html`<div class="sms row">
        <p class="verified" id="mobileVerified" tabindex="-1">✓ ${s.mobileVerified(maskMobile(this.#sms.mobile ?? ''))}</p>
        <button type="button" part="button" @click=${this.#changeMobile}>${s.changeMobile}</button>
      </div>`;
    }
    if (this.#sms.phase !== 'sent') return nothing;
    const running = this.isRunning('sms-confirm');
    return html`<div class="sms">
      <p class="muted">${s.codeSent(maskMobile(this.#sms.mobile ?? ''))}</p>
      <div class="inline">
        <div class="field" part="field">
          <label for="smsCode" part="label">${s.smsCode}</label>
          <input
            id="smsCode"
            part="input"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9]*"
            maxlength="6"
            aria-describedby=${this.#errors.smsCode ? 'smsCode-hint smsCode-error' : 'smsCode-hint'}
            aria-invalid=${this.#errors.smsCode ? 'true' : 'false'}
            .value=${live(this.#sms.code)}
            @input=${(e: InputEvent) => {
              this.#sms = { ...this.#sms, code: (e.target as HTMLInputElement).value.replace(/\D/g, '').slice(0, 6) };
              if (this.#errors.smsCode) this.#setError('smsCode', undefined);
              this.requestUpdate();
            }}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void this.#confirmCode();
              }
            }}
          />
          <span class="hint" id="smsCode-hint" part="hint">${s.smsCodeHint}</span>
          <span class="error" id="smsCode-error" part="error" aria-live="polite">${this.#errors.smsCode ?? ''}</span>
        </div>
        <button
          type="button"
          part="button"
          id="confirmCode"
          ?disabled=${running}
          aria-busy=${running ? 'true' : 'false'}
          @click=${this.#confirmCode}
        >
          ${running ? this.t.common.submitting : s.confirmCode}
        </button>
      </div>
    </div>`;
  }

  #renderOrganisation(): TemplateResult {
    const s = this.s;
    const district = this.#draft.workDistrict;
    if (!district) {
      return html`<p>${s.organisationMissingDistrict}</p>
        <form novalidate @submit=${this.#onStepSubmit}>${this.#renderNav(false)}</form>`;
    }
    const o = this.#orgs;
    const loadingMore = this.isRunning('orgs-more');
    let body: unknown;
    if (o.status === 'loading' || o.status === 'idle') body = this.renderLoading();
    else if (o.status === 'error' && o.items.length === 0) body = this.renderError(o.error!, () => void this.#loadOrgs());
    else if (o.items.length === 0) body = this.renderEmpty(s.organisationNone);
    else
      body = html`<p>${s.organisationIntro(this.t.enums.district[district])}</p>
        <fieldset aria-describedby=${this.#errors.organisationId ? 'organisationId-error' : nothing}>
          <legend>${s.organisationLegend}</legend>
          ${o.items.map(
            (org) => html`<label
              part="organisation"
              class=${classMap({ choice: true, org: true, selected: org.id === this.#draft.organisationId })}
            >
              <input
                type="radio"
                name="organisation"
                id=${`org-${org.id}`}
                .value=${org.id}
                .checked=${live(org.id === this.#draft.organisationId)}
                @change=${() => {
                  this.#update({ organisationId: org.id });
                  this.#setError('organisationId', undefined);
                }}
              />
              <span>
                <span class="org-name">${this.t.locale === 'en' && org.nameEn ? org.nameEn : org.name}</span>
                ${org.suggested ? html`<span class="badge">${s.suggested}</span>` : nothing}
                ${org.address ? html`<span class="consent-notice">${org.address}</span>` : nothing}
              </span>
            </label>`,
          )}
          <span class="error" id="organisationId-error" part="error" aria-live="polite">${this.#errors.organisationId ?? ''}</span>
        </fieldset>
        ${o.status === 'error' ? this.renderError(o.error!, () => void this.#loadOrgs(true)) : nothing}
        ${o.next && o.status !== 'error'
          ? html`<button
              type="button"
              part="button"
              ?disabled=${loadingMore}
              aria-busy=${loadingMore ? 'true' : 'false'}
              @click=${() => this.#loadOrgs(true)}
            >
              ${loadingMore ? this.t.common.loading : this.t.common.loadMore}
            </button>`
          : nothing}`;
    return html`<form novalidate @submit=${this.#onStepSubmit}>${body}${this.#renderNav(o.items.length > 0)}</form>`;
  }

  #renderConsents(): TemplateResult {
    const s = this.s;
    const consent = (key: ConsentKey) =>
      checkbox({
        id: key,
        required: key !== 'share_status_with_platform',
        checked: this.#draft.consents[key],
        error: this.#errors[key as FieldKey],
        label: html`<span class="consent-label">${s.consents[key].label}</span
          ><span class="consent-notice">${s.consents[key].notice} ${s.noticeVersion(NOTICE_VERSION)}</span>`,
        onChange: (checked) => {
          this.#update({ consents: { ...this.#draft.consents, [key]: checked } });
          if (checked && key !== 'share_status_with_platform') this.#setError(key, undefined);
        },
      });
    return html`<p>${s.consentsIntro}</p>
      <form novalidate @submit=${this.#onStepSubmit}>
        ${CONSENT_KEYS.map(consent)}
        ${checkbox({
          id: 'charter',
          required: true,
          checked: this.#draft.charter,
          error: this.#errors.charter,
          label: html`<span class="consent-label">${s.charter.label}</span
            ><span class="consent-notice">${s.charter.notice}</span>`,
          onChange: (checked) => {
            this.#update({ charter: checked });
            if (checked) this.#setError('charter', undefined);
          },
        })}
        ${this.#renderNav(true)}
      </form>`;
  }

  #renderReview(): TemplateResult {
    const s = this.s;
    const d = this.#draft;
    const id = parseResidentId(d.residentId);
    const org = this.#orgs.items.find((o) => o.id === d.organisationId);
    const running = this.isRunning('apply');
    const edit = (step: JoinStep, section: string) =>
      html`<button type="button" part="button" @click=${() => this.#goTo(step)}>${s.editSection(section)}</button>`;
    return html`<p>${s.reviewIntro}</p>
      <section class="review-section" part="review" aria-labelledby="review-personal">
        <div class="row">
          <h4 id="review-personal">${s.reviewPersonal}</h4>
          ${edit('personal', s.reviewPersonal)}
        </div>
        <dl>
          <dt>${s.fullName}</dt>
          <dd>${d.fullName.trim()}</dd>
          <dt>${s.residentId}</dt>
          <dd>${maskResidentId(d.residentId)}</dd>
          ${id.valid
            ? html`<dt>${s.birthDate}</dt>
                <dd>${this.fmt.date(id.birthDate)}</dd>
                <dt>${s.sexLabel}</dt>
                <dd>${s.sex[id.sex]}</dd>`
            : nothing}
          <dt>${s.mobile}</dt>
          <dd>${maskMobile(d.mobile)}</dd>
          <dt>${this.s.record.occupation}</dt>
          <dd>${d.occupation ? this.t.enums.occupation[d.occupation] : '—'}</dd>
          <dt>${this.s.record.workDistrict}</dt>
          <dd>${d.workDistrict ? this.t.enums.district[d.workDistrict] : '—'}</dd>
        </dl>
      </section>
      <section class="review-section" part="review" aria-labelledby="review-org">
        <div class="row">
          <h4 id="review-org">${s.reviewOrganisation}</h4>
          ${edit('organisation', s.reviewOrganisation)}
        </div>
        <p><strong>${org ? (this.t.locale === 'en' && org.nameEn ? org.nameEn : org.name) : '—'}</strong></p>
      </section>
      <section class="review-section" part="review" aria-labelledby="review-consents">
        <div class="row">
          <h4 id="review-consents">${s.reviewConsents}</h4>
          ${edit('consents', s.reviewConsents)}
        </div>
        <dl>
          ${CONSENT_KEYS.map(
            (k) => html`<dt>${s.consents[k].label}</dt>
              <dd>${d.consents[k] ? s.agreed : s.declined}</dd>`,
          )}
          <dt>${s.charter.label}</dt>
          <dd>${d.charter ? s.agreed : s.declined}</dd>
        </dl>
      </section>
      <p class="muted">${s.noticeVersion(NOTICE_VERSION)}</p>
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
          ${running ? this.t.common.submitting : s.submitApplication}
        </button>
      </div>`;
  }

  #renderSubmitted(a: MembershipApplication): TemplateResult {
    const s = this.s;
    return html`<section part="status" class="status" aria-labelledby="submitted-heading">
      <h3 id="submitted-heading" part="heading" data-step-heading tabindex="-1" class="success">✓ ${s.submittedHeading}</h3>
      <p><strong>${this.s.record.contactPromise(this.fmt.date(a.contactDueDate))}</strong></p>
      <dl>
        <dt>${s.statusLabel}</dt>
        <dd>${this.s.enums.membershipApplicationStatus[a.status]}</dd>
        <dt>${s.applicationNumber}</dt>
        <dd>${a.id}</dd>
        <dt>${s.submittedOn}</dt>
        <dd>${this.fmt.dateTime(a.submittedAt)}</dd>
      </dl>
      <p class="muted">${s.whatNext}</p>
    </section>`;
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
    this.#saveDraft();
    this.requestUpdate();
    if (focus === 'heading') void this.focusHeading();
    else void this.#focusField(focus);
  }

  #next(): void {
    const errors = this.#validateStep(this.#step);
    const keys = Object.keys(errors) as FieldKey[];
    this.#errors = { ...this.#errors, ...errors };
    if (keys.length > 0) {
      this.requestUpdate();
      this.announceError(this.s.fixErrors);
      void this.#focusField(FIELD_ORDER.find((k) => k in errors)!);
      return;
    }
    const i = STEPS.indexOf(this.#step as Exclude<JoinStep, 'submitted'>);
    const next = STEPS[i + 1];
    if (next) this.#goTo(next);
  }

  #back = (): void => {
    const i = STEPS.indexOf(this.#step as Exclude<JoinStep, 'submitted'>);
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
    let el: HTMLElement | null = null;
    if (key === 'organisationId') {
      el = this.renderRoot.querySelector<HTMLInputElement>('input[name="organisation"]:checked') ??
        this.renderRoot.querySelector<HTMLInputElement>('input[name="organisation"]');
    } else if (key === 'residentId') {
      el = this.renderRoot.querySelector<HTMLElement>('#residentId, #editResidentId');
    } else if (key === 'smsCode') {
      el = this.renderRoot.querySelector<HTMLElement>('#smsCode');
    } else {
      el = this.renderRoot.querySelector<HTMLElement>(`#${key}`);
    }
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

  #checkName(): string | undefined {
    const n = this.#draft.fullName.trim();
    if (!n) return this.s.fullNameRequired;
    if ([...n].length < 2 || [...n].length > 40) return this.s.fullNameLength;
    return undefined;
  }

  /** The problem with the ID as typed so far; `complete` when the worker has left the field. */
  #checkId(complete: boolean): string | undefined {
    const v = this.#draft.residentId.trim().toUpperCase();
    if (!v) return complete ? this.s.residentIdRequired : undefined;
    if (v.length < 18) {
      // While typing: only a character that can never be right is an error yet.
      if (!/^\d{0,17}X?$/.test(v) || (v.endsWith('X') && v.length < 18)) return this.s.residentIdProblem.format;
      return complete ? this.s.residentIdProblem.format : undefined;
    }
    const r = parseResidentId(v);
    if (!r.valid) return this.s.residentIdProblem[r.problem];
    if (ageOn(r.birthDate, new Date()) < MIN_AGE) return this.s.residentIdTooYoung;
    return undefined;
  }

  #checkMobileFormat(): string | undefined {
    const m = this.#draft.mobile.trim();
    if (!m) return this.s.mobileRequired;
    return isValidMobile(m) ? undefined : this.s.mobileInvalid;
  }

  #validateStep(step: JoinStep): Partial<Record<FieldKey, string>> {
    const e: Partial<Record<FieldKey, string>> = {};
    const d = this.#draft;
    if (step === 'personal') {
      const name = this.#checkName();
      if (name) e.fullName = name;
      const id = this.#checkId(true);
      if (id) e.residentId = id;
      const mobile = this.#checkMobileFormat();
      if (mobile) e.mobile = mobile;
      else if (!this.#mobileVerified()) {
        if (this.#sms.phase === 'sent') e.smsCode = this.#errors.smsCode ?? this.s.smsCodeInvalid;
        else e.mobile = this.s.mobileNeedsVerification;
      }
      if (!d.occupation) e.occupation = this.s.occupationRequired;
      if (!d.workDistrict) e.workDistrict = this.s.districtRequired;
    } else if (step === 'organisation') {
      if (!d.organisationId || !this.#orgs.items.some((o) => o.id === d.organisationId)) {
        e.organisationId = this.s.organisationRequired;
      }
    } else if (step === 'consents') {
      for (const k of REQUIRED_CONSENTS) if (!d.consents[k]) e[k] = this.s.consentNeeded;
      if (!d.charter) e.charter = this.s.charterNeeded;
    }
    return e;
  }

  #mobileVerified(): boolean {
    return this.#sms.phase === 'verified' && this.#sms.mobile === normaliseMobile(this.#draft.mobile);
  }

  // ── personal details ─────────────────────────────────────────────────────────────────────────

  /** Any change to what would be sent: a later submit is a new create, not a retry. */
  #update(patch: Partial<Draft>): void {
    const districtChanged = patch.workDistrict !== undefined && patch.workDistrict !== this.#draft.workDistrict;
    this.#draft = { ...this.#draft, ...patch };
    this.forgetCreate('apply');
    this.#submitError = undefined;
    // Another district: its unions are others, so the choice goes (the suggested one comes back on load).
    if (districtChanged) this.#draft.organisationId = '';
    this.#saveDraft();
    this.requestUpdate();
  }

  #onIdInput(value: string): void {
    this.#update({ residentId: value });
    this.#setError('residentId', this.#checkId(false));
  }

  #onIdBlur(): void {
    if (!this.#draft.residentId) return;
    const problem = this.#checkId(true);
    this.#setError('residentId', problem);
    if (!problem) {
      this.#idEditing = false;
      this.requestUpdate();
    }
  }

  #editId = (): void => {
    this.#idEditing = true;
    this.requestUpdate();
    void this.#focusField('residentId');
  };

  #onMobileInput(value: string): void {
    this.#update({ mobile: value });
    const n = normaliseMobile(value);
    if (this.#sms.phase !== 'idle' && n !== this.#sms.mobile) {
      // Another number: the code sent (or the proof) was for the old one.
      this.#sms = { phase: 'idle', code: '', resendAt: this.#sms.resendAt };
      this.#setError('smsCode', undefined);
    }
    this.forgetCreate('sms');
    const digits = value.replace(/\D/g, '');
    if (this.#errors.mobile || digits.length >= 11 || /[^\d\s+-]/.test(value)) this.#setError('mobile', this.#checkMobileFormat());
  }

  #sendCode = async (): Promise<void> => {
    const problem = this.#checkMobileFormat();
    if (problem) {
      this.#setError('mobile', problem);
      void this.#focusField('mobile');
      return;
    }
    const mobile = normaliseMobile(this.#draft.mobile)!;
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
  };

  #confirmCode = async (): Promise<void> => {
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
      this.#setError('smsCode', this.s.smsCodeWrong(r.value.attemptsRemaining ?? 0));
      this.announceError(this.s.smsCodeWrong(r.value.attemptsRemaining ?? 0));
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
  };

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
      use(client, Organisations).list({ district, acceptsMembers: true, limit: 20, ...(cursor ? { cursor } : {}) }),
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
      fullName: d.fullName.trim(),
      residentIdNumber: d.residentId.trim().toUpperCase(),
      mobile: normaliseMobile(d.mobile)!,
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
      this.#step = 'submitted';
      // Sent: nothing personal stays in memory longer than needed.
      this.#draft = emptyDraft();
      this.#sms = { phase: 'idle', code: '', resendAt: 0 };
      this.#idEditing = true;
      this.#clearDraft();
      this.#draftNotice = false;
      this.emit('union-membership-application-submitted', { applicationId: r.value.id, status: r.value.status });
      this.announce(this.s.submittedHeading);
      this.requestUpdate();
      void this.focusHeading();
      return;
    }
    this.#handleSubmitError(r.error);
  }

  #handleSubmitError(error: UnionErrorInfo): void {
    switch (error.code) {
      case 'already_member':
      case 'application_already_open':
        // The worker is further along than the form: show the card or the status.
        this.#clearDraft();
        this.#step = 'benefits';
        this.#draft = emptyDraft();
        this.#sms = { phase: 'idle', code: '', resendAt: 0 };
        this.#idEditing = true;
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
    if (error.fieldErrors.length > 0) {
      const errors: Partial<Record<FieldKey, string>> = {};
      for (const fe of error.fieldErrors) {
        const key = this.#fieldFor(fe.path);
        if (key && !errors[key]) errors[key] = this.#fieldMessage(error, fe.path) ?? error.message;
      }
      const first = FIELD_ORDER.find((k) => k in errors);
      if (first) {
        if (first === 'residentId') this.#idEditing = true;
        this.#errors = { ...this.#errors, ...errors };
        this.#goTo(FIELD_STEP[first], first);
        return;
      }
    }
    // Network trouble, a server error, a rate limit…: the input stays, with a retry when it can help.
    this.#submitError = error;
    this.requestUpdate();
  }

  /** The widget's field for an API error path (`residentIdNumber`, `consents.0.purpose`, …). */
  #fieldFor(path: string): FieldKey | undefined {
    const head = path.split('.')[0];
    switch (head) {
      case 'fullName':
        return 'fullName';
      case 'residentIdNumber':
        return 'residentId';
      case 'mobile':
      case 'smsVerificationId':
        return 'mobile';
      case 'occupation':
        return 'occupation';
      case 'workDistrict':
        return 'workDistrict';
      case 'organisationId':
        return 'organisationId';
      case 'charterAccepted':
        return 'charter';
      case 'consents':
        return 'membership_processing';
      default:
        return undefined;
    }
  }

  #fieldMessage(error: UnionErrorInfo, path: string): string | undefined {
    const fe = error.fieldErrors.find((f) => f.path === path || f.path.startsWith(`${path}.`));
    if (!fe) return undefined;
    if (path === 'residentIdNumber' && fe.code === 'invalid_value') {
      const id = parseResidentId(this.#draft.residentId);
      if (!id.valid) return this.s.residentIdProblem[id.problem];
      if (ageOn(id.birthDate, new Date()) < MIN_AGE) return this.s.residentIdTooYoung;
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
    this.emit('union-membership-application-withdrawn', { applicationId: r.value.id, status: r.value.status });
    this.#step = 'benefits';
    this.#draft = emptyDraft();
    this.#sms = { phase: 'idle', code: '', resendAt: 0 };
    await this.#overview.run();
    this.announce(this.s.withdrawn);
    void this.focusHeading();
  }

  // ── draft (non-personal only) ────────────────────────────────────────────────────────────────

  #saveDraft(): void {
    if (this.#step === 'submitted') return;
    const d = this.#draft;
    const stored: StoredDraft = {
      v: 1,
      savedAt: Date.now(),
      step: this.#step,
      occupation: d.occupation,
      workDistrict: d.workDistrict,
      organisationId: d.organisationId,
      consents: { ...d.consents },
      charter: d.charter,
    };
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(stored));
    } catch {
      // Storage off or full: the draft just does not survive a reload.
    }
  }

  #clearDraft(): void {
    try {
      sessionStorage.removeItem(DRAFT_KEY);
    } catch {
      // nothing to clear
    }
  }

  #restoreDraft(): void {
    let stored: StoredDraft | undefined;
    try {
      const raw = sessionStorage.getItem(DRAFT_KEY);
      if (raw) stored = JSON.parse(raw) as StoredDraft;
    } catch {
      stored = undefined;
    }
    if (!stored || stored.v !== 1 || Date.now() - stored.savedAt > DRAFT_TTL_MS) {
      this.#clearDraft();
      return;
    }
    const occupations = this.t.enums.occupation;
    const districts = this.t.enums.district;
    const consents = { ...emptyDraft().consents };
    for (const k of CONSENT_KEYS) consents[k] = stored.consents?.[k] === true;
    this.#draft = {
      ...emptyDraft(),
      occupation: stored.occupation && stored.occupation in occupations ? stored.occupation : '',
      workDistrict: stored.workDistrict && stored.workDistrict in districts ? stored.workDistrict : '',
      organisationId: typeof stored.organisationId === 'string' ? stored.organisationId : '',
      consents,
      charter: stored.charter === true,
    };
    // Name, ID number and mobile were never stored: past step 1 the worker starts again at step 2.
    const step = STEPS.includes(stored.step) ? stored.step : 'benefits';
    this.#step = step === 'benefits' ? 'benefits' : 'personal';
    this.#draftNotice = step !== 'benefits';
  }
}
