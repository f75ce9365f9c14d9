/**
 * A request form of `<union-help-desk>`: the type's own fields (legal matters and complaints: topic,
 * counterparty, description with a live counter, how to be contacted and, in person, the booking;
 * suggestion: topic, description, anonymous; certificate subsidy: name, level with its subsidy, number,
 * issue date, scan; micro-wish: category, wish with a counter, value), the evidence, the separate
 * consent with its notice, and the send button. Every message sits by its field.
 */
import { HELP_REQUEST_DESCRIPTION_MAX, MICRO_WISH_MAX, SKILL_SUBSIDY_FEN } from '@unionkit/contract';
import type { CertificateLevel } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { busyButton } from '../internal/views/busy-button.js';
import { checkbox, selectField, textField } from '../internal/views/fields.js';
import { textAreaField } from '../internal/views/text-area.js';
import { errorMessage } from '../internal/views/states.js';
import type { HelpField, HelpForm, HelpValues } from './form.js';
import type { HelpFormStrings } from './form-strings.js';
import { kindOf } from './form-rules.js';
import type { HelpDeskStrings } from './strings.js';

export interface FormViewContext {
  s: HelpDeskStrings;
  fs: HelpFormStrings;
  t: Translation;
  fmt: Formatter;
  form: HelpForm;
  error: UnionErrorInfo | undefined;
  sending: boolean;
  /** The evidence (or certificate scan) picker. */
  evidence: unknown;
  /** The booking of an in-person meeting. */
  booking: unknown;
  noticeLink: TemplateResult;
  submit: (e?: Event) => void;
}

const options = <V extends string>(labels: Record<V, string>) => (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

export function renderFormView(c: FormViewContext): TemplateResult {
  const { s, fs, form } = c;
  const type = form.type!;
  const kind = kindOf(type);
  const v = form.values;
  const err = (f: HelpField) => form.errors[f] ?? '';
  const set =
    <K extends keyof HelpValues>(k: K) =>
    (value: HelpValues[K]) =>
      form.set(k, value);
  const select = <V extends string>(id: keyof HelpValues, label: string, labels: Record<V, string>) =>
    selectField<V>({
      id: `help-${id}`,
      label,
      required: true,
      value: v[id] as V | '',
      placeholder: fs.choose,
      options: options(labels),
      error: err(id),
      onChange: (value) => form.set(id, value),
    });
  return html`<form part="help-form" novalidate @submit=${c.submit} aria-labelledby="help-form-title">
    <h3 id="help-form-title" data-step-heading tabindex="-1">${s.types[type].name}</h3>
    <p class="muted">${fs.formIntro}</p>
    ${kind === 'legal' || kind === 'suggestion' ? select('topic', `${fs.topic} *`, fs.topics) : nothing}
    ${kind === 'legal' ? select('counterparty', `${fs.counterparty} *`, fs.counterparties) : nothing}
    ${kind === 'skill_subsidy'
      ? html`${textField({ id: 'help-certName', label: `${fs.certName} *`, hint: fs.certNameHint, value: v.certName, error: err('certName'), autocomplete: 'off', onInput: set('certName') })}
        ${select('certLevel', `${fs.certLevel} *`, fs.levels)}
        ${v.certLevel in SKILL_SUBSIDY_FEN
          ? html`<p class="subsidy" part="subsidy">
              <strong>${fs.subsidy(c.fmt.money(SKILL_SUBSIDY_FEN[v.certLevel as CertificateLevel], { trim: true }))}</strong>
              <span class="muted">${fs.subsidyNote}</span>
            </p>`
          : nothing}
        ${textField({ id: 'help-certNumber', label: `${fs.certNumber} *`, value: v.certNumber, error: err('certNumber'), autocomplete: 'off', onInput: set('certNumber') })}
        ${textField({ id: 'help-certIssuedOn', label: `${fs.certIssuedOn} *`, type: 'date', value: v.certIssuedOn, error: err('certIssuedOn'), onInput: set('certIssuedOn') })}`
      : nothing}
    ${kind === 'micro_wish' ? select('category', `${fs.category} *`, fs.categories) : nothing}
    ${kind === 'legal' || kind === 'suggestion'
      ? textArea(c, 'description', `${fs.description} *`, kind === 'legal' ? fs.descriptionHint : fs.suggestionHint, HELP_REQUEST_DESCRIPTION_MAX)
      : nothing}
    ${kind === 'micro_wish'
      ? html`${textArea(c, 'wish', `${fs.wish} *`, fs.wishHint, MICRO_WISH_MAX)}
        ${textField({ id: 'help-valueYuan', label: `${fs.value} *`, hint: fs.valueHint, inputmode: 'decimal', value: v.valueYuan, error: err('valueYuan'), autocomplete: 'off', onInput: set('valueYuan') })}`
      : nothing}
    ${kind === 'suggestion'
      ? html`${checkbox({ id: 'help-anonymous', label: fs.anonymous, checked: v.anonymous, onChange: set('anonymous') })}
          <p class="hint muted" id="help-anonymous-hint">${fs.anonymousHint}</p>`
      : nothing}
    ${kind === 'legal' ? renderContact(c) : nothing}
    ${kind === 'legal' || kind === 'skill_subsidy' ? c.evidence : nothing}
    <fieldset class="consent" part="consent">
      <legend>${fs.consentHeading}</legend>
      ${checkbox({
        id: 'help-consent',
        label: html`<span id="help-consent-label">${fs.consentLabel}</span>`,
        checked: form.consent,
        required: true,
        error: err('consent'),
        after: c.noticeLink,
        onChange: (checked) => form.setConsent(checked),
      })}
      <p class="explain">${fs.consentExplain}</p>
    </fieldset>
    ${c.error && !c.error.fieldErrors.length ? html`<div data-send-error tabindex="-1">${errorMessage(c.error)}</div>` : nothing}
    <div class="actions">
      ${busyButton({ primary: true, part: 'button button-primary send', label: c.error?.retryable ? c.t.common.retry : fs.send, busyLabel: fs.sending, busy: c.sending, onClick: () => c.submit() })}
    </div>
  </form>`;
}

function textArea(c: FormViewContext, key: 'description' | 'wish', label: string, hint: string, max: number): TemplateResult {
  return textAreaField({
    id: `help-${key}`,
    label,
    hint,
    required: true,
    error: c.form.errors[key],
    value: c.form.values[key],
    max,
    words: c.t.common,
    onInput: (value) => c.form.set(key, value),
  });
}

function renderContact(c: FormViewContext): TemplateResult {
  const { fs, form } = c;
  const error = form.errors.contactPreference ?? '';
  return html`<fieldset class="choices" part="field" aria-describedby="help-contact-error">
      <legend>${fs.contact} *</legend>
      ${(['phone_call', 'in_person'] as const).map(
        (value) => html`<label class="choice" part="choice">
          <input
            type="radio"
            name="help-contact"
            id="help-contact-${value}"
            value=${value}
            .checked=${live(form.values.contactPreference === value)}
            @change=${() => form.set('contactPreference', value)}
          /><span>${fs.contacts[value]}</span>
        </label>`,
      )}
      <span class="error" id="help-contact-error" part="error" aria-live="polite">${error}</span>
    </fieldset>
    ${form.values.contactPreference === 'in_person' ? c.booking : nothing}`;
}
