/**
 * Step 2 of the join flow: name, resident ID (checked as typed, shown masked once valid, birth date and
 * sex derived), mobile with its SMS code, occupation and work district. The element owns the state and
 * the requests; this renders them.
 */
import type { DistrictCode, Occupation } from '@unionkit/sdk/types';
import { maskMobile, maskResidentId, parseResidentId } from '@unionkit/sdk/validators';
import { html, nothing, type TemplateResult } from 'lit';
import { normaliseId } from '../internal/fields.js';
import { selectField, textField } from '../internal/views/fields.js';
import { busyButton } from '../internal/views/busy-button.js';
import type { SmsState } from '../internal/controllers/sms-verification.js';
import type { Draft, FieldKey } from './model.js';
import type { FlowViewContext } from './flow-views.js';

export interface PersonalViewOptions {
  draft: Draft;
  errors: Partial<Record<FieldKey, string>>;
  /** Whether the ID is shown as a field (else masked, with a button to change it). */
  idEditing: boolean;
  sms: SmsState;
  sending: boolean;
  confirming: boolean;
  onName: (value: string) => void;
  onNameBlur: () => void;
  onId: (value: string) => void;
  onIdBlur: () => void;
  onEditId: () => void;
  onMobile: (value: string) => void;
  onMobileBlur: () => void;
  onSendCode: () => void;
  onCode: (value: string) => void;
  onConfirmCode: () => void;
  onChangeMobile: () => void;
  onOccupation: (value: Occupation | '') => void;
  onDistrict: (value: DistrictCode | '') => void;
}

export function renderPersonal(c: FlowViewContext, o: PersonalViewOptions): TemplateResult {
  const { s, t, fmt } = c;
  const d = o.draft;
  const idValue = normaliseId(d.residentId);
  const id = parseResidentId(idValue);
  const derived = id.valid ? s.residentIdDerived(fmt.date(id.birthDate), s.sex[id.sex]) : undefined;
  return html`${textField({
      id: 'fullName',
      label: s.fullName,
      hint: s.fullNameHint,
      error: o.errors.fullName,
      required: true,
      value: d.fullName,
      autocomplete: 'name',
      onInput: o.onName,
      onBlur: o.onNameBlur,
    })}
    ${!o.idEditing && id.valid && !o.errors.residentId
      ? html`<div class="field" part="field">
          <span class="label" id="residentId-label">${s.residentId}</span>
          <div class="masked">
            <span class="value" aria-labelledby="residentId-label residentId-masked" id="residentId-masked"
              >${maskResidentId(idValue)}</span
            >
            <button type="button" part="button" id="editResidentId" @click=${o.onEditId}>${s.editResidentId}</button>
          </div>
          <span class="hint" part="hint">${derived}</span>
        </div>`
      : textField({
          id: 'residentId',
          label: s.residentId,
          hint: derived ?? s.residentIdHint,
          error: o.errors.residentId,
          required: true,
          value: d.residentId,
          autocomplete: 'off',
          onInput: o.onId,
          onBlur: o.onIdBlur,
        })}
    <div class="inline">
      ${textField({
        id: 'mobile',
        label: s.mobile,
        hint: s.mobileHint,
        error: o.errors.mobile,
        required: true,
        value: d.mobile,
        type: 'tel',
        inputmode: 'tel',
        autocomplete: 'tel-national',
        onInput: o.onMobile,
        onBlur: o.onMobileBlur,
      })}
      ${o.sms.phase === 'verified' ? nothing : renderSendCode(c, o)}
    </div>
    ${renderSms(c, o)}
    ${selectField<Occupation>({
      id: 'occupation',
      label: s.record.occupation,
      error: o.errors.occupation,
      required: true,
      value: d.occupation,
      placeholder: s.choose,
      options: (Object.keys(t.enums.occupation) as Occupation[]).map((value) => ({ value, label: t.enums.occupation[value] })),
      onChange: o.onOccupation,
    })}
    ${selectField<DistrictCode>({
      id: 'workDistrict',
      label: s.record.workDistrict,
      error: o.errors.workDistrict,
      required: true,
      value: d.workDistrict,
      placeholder: s.choose,
      options: (Object.keys(t.enums.district) as DistrictCode[]).map((value) => ({ value, label: t.enums.district[value] })),
      onChange: o.onDistrict,
    })}`;
}

function renderSendCode(c: FlowViewContext, o: PersonalViewOptions): TemplateResult {
  const wait = Math.max(0, Math.ceil((o.sms.resendAt - Date.now()) / 1000));
  return busyButton({
    id: 'sendCode',
    disabled: o.sending || wait > 0,
    label: wait > 0 ? c.s.resendIn(wait) : o.sms.phase === 'sent' ? c.s.resendCode : c.s.sendCode,
    busyLabel: c.t.common.submitting,
    busy: o.sending,
    onClick: o.onSendCode,
  });
}

function renderSms(c: FlowViewContext, o: PersonalViewOptions): TemplateResult | typeof nothing {
  const { s, t } = c;
  const masked = maskMobile(o.sms.mobile ?? '');
  if (o.sms.phase === 'verified') {
    return html`<div class="sms row">
      <p class="verified" id="mobileVerified" tabindex="-1">✓ ${s.mobileVerified(masked)}</p>
      <button type="button" part="button" @click=${o.onChangeMobile}>${s.changeMobile}</button>
    </div>`;
  }
  if (o.sms.phase !== 'sent') return nothing;
  const error = o.errors.smsCode;
  return html`<div class="sms">
    <p class="muted">${s.codeSent(masked)}</p>
    <div class="inline">
      ${textField({
        id: 'smsCode',
        label: s.smsCode,
        hint: s.smsCodeHint,
        error,
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        value: o.sms.code,
        onInput: (v) => o.onCode(v),
        onKeydown: (e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            o.onConfirmCode();
          }
        },
      })}
      ${busyButton({
        id: 'confirmCode',
        disabled: o.confirming,
        label: s.confirmCode,
        busyLabel: t.common.submitting,
        busy: o.confirming,
        onClick: o.onConfirmCode,
      })}
    </div>
  </div>`;
}
