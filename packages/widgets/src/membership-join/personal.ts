/**
 * Step 2 of the join flow: name, resident ID (checked as typed, shown masked once valid, birth date and
 * sex derived), mobile with its SMS code, occupation and work district. The element owns the state and
 * the requests; this renders them.
 */
import type { DistrictCode, Occupation } from '@unionkit/sdk/types';
import { maskResidentId, parseResidentId } from '@unionkit/sdk/validators';
import { html, type TemplateResult } from 'lit';
import { normaliseId } from '../internal/fields.js';
import { selectField, textField } from '../internal/views/fields.js';
import { smsCodeField, smsMobileField, type SmsViewOptions } from '../internal/views/sms-code.js';
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
  const sms: SmsViewOptions = {
    s,
    busyLabel: t.common.submitting,
    mobile: d.mobile,
    errors: o.errors,
    sms: o.sms,
    sending: o.sending,
    confirming: o.confirming,
    onMobile: o.onMobile,
    onMobileBlur: o.onMobileBlur,
    onSendCode: o.onSendCode,
    onCode: o.onCode,
    onConfirmCode: o.onConfirmCode,
    onChangeMobile: o.onChangeMobile,
  };
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
    ${smsMobileField(sms)} ${smsCodeField(sms)}
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
