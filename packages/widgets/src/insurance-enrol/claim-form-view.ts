/**
 * The claim form (申请互助金) of `<union-insurance-enrol>`: the benefit (only those the plan has; a
 * death claim is made by the family in person), the incident date checked as typed, hospital days for
 * an inpatient claim, the description, the evidence through the shared file picker and the two separate
 * consents, each unchecked with its notice; every message tied to its field.
 */
import { CLAIM_DESCRIPTION_MAX } from '@unionkit/contract';
import type { TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { busyButton } from '../internal/views/busy-button.js';
import { checkbox, selectField, textField } from '../internal/views/fields.js';
import { filePickerView } from '../internal/views/file-picker.js';
import { textAreaField } from '../internal/views/text-area.js';
import { errorMessage } from '../internal/views/states.js';
import { claimBenefits, type ClaimField, type ClaimState } from './claim-state.js';
import type { ClaimStrings } from './claim-strings.js';

export interface ClaimViewContext {
  cs: ClaimStrings;
  t: Translation;
  fmt: Formatter;
  state: ClaimState;
  planName: (planId: string) => string;
  /** The notice a consent checkbox agrees to (the element's `renderNoticeLink`). */
  noticeLink: (purpose: 'claim_processing' | 'sensitive_health_data', describedBy: string) => TemplateResult;
}

/** Where each field's control is, for focus. */
export const CLAIM_FIELD_SELECTOR: Record<ClaimField, string> = {
  benefit: '#claim-benefit',
  incidentDate: '#claim-incident-date',
  hospitalDays: '#claim-hospital-days',
  description: '#claim-description',
  evidence: '#claim-evidence-files',
  consentClaim: '#claim-consent-claim',
  consentHealth: '#claim-consent-health',
};

export function renderClaimForm(c: ClaimViewContext, submit: () => void, back: () => void): TemplateResult {
  const { cs, state, fmt } = c;
  const e = state.enrolment;
  if (!e) return html``;
  const date = (d: string) => fmt.date(d);
  const set = <K extends Parameters<ClaimState['set']>[0]>(key: K, value: ClaimState[K]) => state.set(key, value, cs, date);
  const benefits = claimBenefits(state.plan);
  const err = state.errors;
  return html`<form part="claim-form" novalidate @submit=${(ev: Event) => (ev.preventDefault(), submit())}>
    <p class="muted">${cs.formIntro(c.planName(e.planId))}</p>
    ${selectField({
      id: 'claim-benefit',
      label: cs.benefit,
      required: true,
      value: state.benefit,
      placeholder: cs.choose,
      options: benefits.map((b) => ({ value: b, label: cs.benefits[b] })),
      error: err.benefit,
      hint: benefits.includes('disability') ? cs.deathNote : undefined,
      onChange: (v) => set('benefit', v),
    })}
    ${textField({
      id: 'claim-incident-date',
      label: cs.incidentDate,
      type: 'date',
      required: true,
      value: state.incidentDate,
      hint: e.coverageStart && e.coverageEnd ? cs.incidentDateHint(date(e.coverageStart), date(e.coverageEnd)) : undefined,
      error: err.incidentDate,
      onInput: (v) => set('incidentDate', v),
    })}
    ${state.benefit === 'inpatient'
      ? textField({
          id: 'claim-hospital-days',
          label: cs.hospitalDays,
          type: 'number',
          inputmode: 'numeric',
          required: true,
          value: state.hospitalDays,
          hint: cs.hospitalDaysHint,
          error: err.hospitalDays,
          onInput: (v) => set('hospitalDays', v),
        })
      : nothing}
    ${textAreaField({
      id: 'claim-description',
      label: cs.description,
      required: true,
      hint: cs.descriptionHint,
      error: err.description,
      value: state.description,
      max: CLAIM_DESCRIPTION_MAX,
      words: c.t.common,
      onInput: (value) => set('description', value),
    })}
    <div class="field" data-evidence>
      ${filePickerView(state.evidence, { id: 'claim-evidence', label: cs.evidence, hint: cs.evidenceHint })}
      <span class="error" id="claim-evidence-error" part="error" aria-live="polite">${err.evidence ?? ''}</span>
    </div>
    <fieldset class="consents" part="consents">
      <legend>${cs.consentsHeading}</legend>
      ${checkbox({
        id: 'claim-consent-claim',
        label: html`<span id="claim-consent-claim-label">${cs.consentClaim}</span>`,
        checked: state.consentClaim,
        required: true,
        error: err.consentClaim,
        after: c.noticeLink('claim_processing', 'claim-consent-claim-label'),
        onChange: (v) => set('consentClaim', v),
      })}
      ${checkbox({
        id: 'claim-consent-health',
        label: html`<span id="claim-consent-health-label">${cs.consentHealth}</span>`,
        checked: state.consentHealth,
        required: true,
        error: err.consentHealth,
        after: c.noticeLink('sensitive_health_data', 'claim-consent-health-label'),
        onChange: (v) => set('consentHealth', v),
      })}
    </fieldset>
    ${state.create.error ? errorMessage(state.create.error) : nothing}
    <div class="actions">
      ${busyButton({
        primary: true,
        part: 'button button-primary submit-claim',
        label: state.create.error?.retryable ? c.t.common.retry : cs.submit,
        busyLabel: cs.submitting,
        busy: state.create.running(e.id),
        onClick: submit,
      })}
      <button type="button" part="button back" @click=${back}>${cs.cancel}</button>
    </div>
  </form>`;
}
