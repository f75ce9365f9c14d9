/**
 * Checking and sending a request of `<union-help-desk>` (loaded with the form): the type's rules, each
 * message by its field and focus on the first; then the one create, whatever the network does. A
 * refusal of the API lands by the field it names (a certificate already subsidised by its number, a
 * wish already open by the wish); nothing typed is lost.
 */
import type { HelpRequest } from '@unionkit/sdk/types';
import type { Evidence } from './evidence.js';
import type { HelpField, HelpForm } from './form.js';
import { checkForm, FIELD_ORDER, fieldOfPath, toBody } from './form-rules.js';
import type { HelpFormStrings } from './form-strings.js';

/** API refusals that concern one field. */
const CODE_FIELD: Record<string, HelpField> = {
  not_member_on_issue_date: 'certIssuedOn',
  certificate_too_old: 'certIssuedOn',
  subsidy_already_claimed: 'certNumber',
  wish_already_open: 'wish',
  appointment_required: 'appointmentId',
  appointment_invalid: 'appointmentId',
  consent_required: 'consent',
  notice_version_outdated: 'consent',
};

/** Checks and sends (once, whatever the network does). Resolves with the request once made. */
export async function submitForm(form: HelpForm, fs: HelpFormStrings, evidence: Evidence): Promise<HelpRequest | undefined> {
  const type = form.type;
  if (!type || form.create.running(type)) return undefined;
  const host = form.host;
  const input = { type, values: form.values, consent: form.consent, fileIds: evidence.fileIds(), filesPending: evidence.pending() };
  const errors = checkForm(input, fs, host.t.common);
  const wrong = FIELD_ORDER.filter((f) => errors[f]);
  if (wrong.length) {
    form.errors = errors;
    host.announceError(wrong.length === 1 ? errors[wrong[0]!]! : fs.fixFields(wrong.length));
    await focusField(form, wrong[0]!);
    return undefined;
  }
  form.errors = {};
  const body = toBody(input);
  // Another body than the one last tried (a file added, a value changed): a new create, not a replay.
  const sent = JSON.stringify(body);
  if (form.lastTried !== sent) form.create.forget(type);
  form.lastTried = sent;
  const result = await form.create.run(type, body);
  if (result.ok) return result.value;
  const error = result.error;
  const byField: Partial<Record<HelpField, string>> = {};
  for (const fe of error.fieldErrors) {
    const f = fieldOfPath(fe.path);
    if (f) byField[f] = host.t.enums.fieldError[fe.code as keyof typeof host.t.enums.fieldError] ?? error.message;
  }
  const codeField = CODE_FIELD[error.code];
  if (codeField) byField[codeField] = error.message;
  const first = FIELD_ORDER.find((f) => byField[f]);
  form.errors = byField;
  if (first) await focusField(form, first);
  else await focus(form, '[data-send-error]');
  return undefined;
}

/** Focus on a field's control (the consent's checkbox, the evidence picker, the booking). */
function focusField(form: HelpForm, field: HelpField): Promise<void> {
  const selector =
    field === 'consent'
      ? '#help-consent'
      : field === 'contactPreference'
        ? '[name="help-contact"]'
        : field === 'appointmentId'
          ? '[part~="booking"] button, [part~="booking"] input'
          : field === 'evidence'
            ? '[data-evidence] input, [data-evidence] button'
            : `#help-${field}`;
  return focus(form, selector);
}

async function focus(form: HelpForm, selector: string): Promise<void> {
  form.host.requestUpdate();
  await form.host.updateComplete;
  form.host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
