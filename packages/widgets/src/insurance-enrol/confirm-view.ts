/**
 * The confirmation of `<union-insurance-enrol>`: what the worker gets and pays, the cover dates the API
 * gives (from 1 December, the next calendar year), the date of birth when the plan has age limits and
 * the union does not know it, and the optional separate consent.
 */
import type { EligibilityReason, InsurancePlan } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConfirmStrings } from './confirm-strings.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { shanghaiDate } from '../internal/format.js';
import { textField } from '../internal/views/fields.js';
import { busyButton } from '../internal/views/busy-button.js';
import { ageRange, benefitText, money, reasonText, type InsurancePlanRow, type InsuranceViewContext } from './shared.js';
import { enumLabel } from '../internal/labels.js';

export interface ConfirmState {
  share: boolean;
  /** The date of birth is asked (the API answered `birth_date_required`). */
  askBirthDate: boolean;
  birthDate: string;
  birthDateError: string;
  /** The API refused the age (from the record or the typed date): no confirm button that cannot work. */
  ageRefused: boolean;
  error: UnionErrorInfo | undefined;
  running: boolean;
}

export interface ConfirmActions {
  setShare: (checked: boolean) => void;
  setBirthDate: (value: string) => void;
  enrol: () => void;
  back: () => void;
  showEnrolments: () => void;
  join: (planId: string) => void;
}

/** A date of birth the API can take: a real past date in this or the last century. */
export function birthDateProblem(value: string, s: { birthDateMissing: string; birthDateInvalid: string }): string {
  if (!value) return s.birthDateMissing;
  const d = new Date(`${value}T00:00:00Z`);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  return real && value >= '1900-01-01' && value <= shanghaiDate() ? '' : s.birthDateInvalid;
}

/** The cover an enrolment today gives, as the API says (tomorrow, or 1 January from 1 December). */
function coverDates({ plan, eligibility }: InsurancePlanRow): { from: string; to: string } {
  if (eligibility.coverageStart && eligibility.coverageEnd) return { from: eligibility.coverageStart, to: eligibility.coverageEnd };
  return { from: plan.term.start, to: plan.term.end };
}

export function renderConfirm(
  ctx: InsuranceViewContext,
  cs: ConfirmStrings,
  row: InsurancePlanRow,
  state: ConfirmState,
  actions: ConfirmActions,
  consentNotice: TemplateResult,
): TemplateResult {
  const { fmt } = ctx;
  const s = { ...ctx.s, ...cs };
  const plan = row.plan;
  const cover = coverDates(row);
  const range = ageRange(ctx, plan, row.eligibility);
  return html`<p>${s.confirmIntro(ctx.planName(plan))}</p>
    <h3>${s.whatYouGet}</h3>
    <ul class="benefits-list">
      ${plan.benefits.map((b) => html`<li>${benefitText(ctx, b)}</li>`)}
    </ul>
    <p part="cover-dates">${s.coverFrom(fmt.date(cover.from), fmt.date(cover.to))}</p>
    <h3>${s.whatYouPay}</h3>
    ${plan.workerPaysFen === 0
      ? html`<p>${s.youPayNothing(enumLabel(fmt.locale, s.enums.premiumPayer, plan.payer))}</p>`
      : html`<p>${s.youPayAmount(money(ctx, plan.workerPaysFen))}</p>
          <p class="muted">${s.paymentHandledByUnion}</p>`}
    ${state.askBirthDate
      ? textField({
          id: 'birth-date',
          label: s.birthDate,
          type: 'date',
          autocomplete: 'bday',
          required: true,
          value: state.birthDate,
          hint: s.birthDateHint(range),
          error: state.birthDateError || undefined,
          onInput: (v) => actions.setBirthDate(v),
        })
      : nothing}
    <div class="field" part="field consent">
      <label class="choice" part="choice">
        <input
          id="share-consent"
          type="checkbox"
          aria-describedby="share-consent-hint"
          .checked=${live(state.share)}
          @change=${(e: Event) => actions.setShare((e.target as HTMLInputElement).checked)}
        />
        <span id="share-consent-label">${s.enums.consentPurpose.share_status_with_platform}</span>
      </label>
      ${consentNotice}
      <span class="hint" id="share-consent-hint" part="hint">${s.shareHint}</span>
    </div>
    ${state.error ? renderEnrolError(ctx, plan, state.error, state.askBirthDate, actions) : nothing}
    <div class="actions">
      ${state.ageRefused
        ? nothing
        : busyButton({
            primary: true,
            part: 'button button-primary confirm',
            label: s.confirmEnrol,
            busyLabel: s.enrolling,
            busy: state.running,
            onClick: actions.enrol,
          })}
      <button type="button" part="button back" @click=${actions.back}>${s.back}</button>
    </div>`;
}

function renderEnrolError(
  ctx: InsuranceViewContext,
  plan: InsurancePlan,
  error: UnionErrorInfo,
  askBirthDate: boolean,
  actions: ConfirmActions,
): TemplateResult {
  const { s, t } = ctx;
  // Problems with a typed date of birth show at its field.
  const atField =
    error.code === 'birth_date_required' ||
    (askBirthDate && error.code === 'age_out_of_range') ||
    (error.code === 'validation_failed' && error.fieldErrors.some((f) => f.path === 'birthDate'));
  if (atField) return html``;
  const reasons = (error.reasons ?? []) as EligibilityReason[];
  const message = error.code === 'age_out_of_range' ? reasonText(ctx, plan, 'age_out_of_range') : error.message;
  return html`<div class="state state-error" part="error-state" data-code=${error.code}>
    <p class="message">${message}</p>
    ${reasons.length && error.code !== 'age_out_of_range'
      ? html`<ul class="reasons">
          ${reasons.map((r) => html`<li data-reason=${r}>${reasonText(ctx, plan, r)}</li>`)}
        </ul>`
      : nothing}
    ${error.retryable ? html`<button type="button" part="button retry" @click=${actions.enrol}>${t.common.retry}</button>` : nothing}
    ${error.code === 'already_enrolled'
      ? html`<button type="button" part="button my-enrolments" @click=${actions.showEnrolments}>${s.viewMyEnrolments}</button>`
      : nothing}
    ${reasons.includes('not_a_member') && !reasons.includes('enrolment_closed')
      ? html`<button type="button" part="button join" @click=${() => actions.join(plan.id)}>${t.common.joinUnion}</button>`
      : nothing}
    ${error.requestId ? html`<p class="muted">${t.common.supportReference(error.requestId)}</p>` : nothing}
  </div>`;
}
