/**
 * Sending the confirmation of `<union-insurance-enrol>` (loaded with it, ./confirm-part.ts): the one
 * enrolment create, and what the API's refusals mean for the form — the date of birth asked for,
 * refused for the plan's ages, or not a date — said on the field with focus moved to it. What the
 * worker typed lives in the element's `EnrolForm`.
 */
import type { ConsentGrant, InsuranceEnrolment, InsuranceEnrolmentCreate } from '@unionkit/sdk/types';
import { NOTICE_VERSION } from '@unionkit/contract';
import { birthDateProblem } from './confirm-view.js';
import type { EnrolForm } from './enrol-form.js';
import type { ConfirmStrings } from './confirm-strings.js';

/** Refusals after which the plans' eligibility shown is out of date. */
const STALE_AFTER = ['not_eligible', 'already_enrolled', 'age_out_of_range'];

export type EnrolOutcome = { enrolment: InsuranceEnrolment } | { enrolment?: undefined; plansStale: boolean };

/**
 * Enrols (once, whatever the network does). `range` says the plan's ages for a refusal. Resolves
 * with the enrolment, or with whether the plans shown are out of date after a refusal.
 */
export async function submitEnrolment(form: EnrolForm, s: ConfirmStrings, range: () => string): Promise<EnrolOutcome> {
  const planId = form.planId;
  if (!planId) return { plansStale: false };
  if (form.askBirthDate) {
    const problem = birthDateProblem(form.birthDate, s);
    if (problem) return focusBirthDate(form, problem, false);
  }
  const consents: ConsentGrant[] = form.share ? [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE_VERSION }] : [];
  const body: InsuranceEnrolmentCreate = { planId };
  if (consents.length) body.consents = consents;
  if (form.askBirthDate) body.birthDate = form.birthDate;
  form.birthDateError = '';
  const result = await form.create.run(body);
  if (result.ok) {
    form.birthDate = '';
    return { enrolment: result.value };
  }
  const error = result.error;
  const plansStale = STALE_AFTER.includes(error.code);
  if (error.code === 'birth_date_required') {
    form.askBirthDate = true;
    return focusBirthDate(form, s.birthDateMissing, plansStale);
  }
  if (error.code === 'age_out_of_range') {
    form.ageRefused = true;
    if (form.askBirthDate) return focusBirthDate(form, s.birthDateOutOfRange(range()), plansStale);
  }
  if (error.code === 'validation_failed' && error.fieldErrors.some((f) => f.path === 'birthDate')) {
    return focusBirthDate(form, s.birthDateInvalid, plansStale);
  }
  form.host.requestUpdate();
  return { plansStale };
}

async function focusBirthDate(form: EnrolForm, message: string, plansStale: boolean): Promise<EnrolOutcome> {
  const host = form.host;
  form.birthDateError = message;
  host.announceError(message);
  host.requestUpdate();
  await host.updateComplete;
  host.element.renderRoot.querySelector<HTMLInputElement>('#birth-date')?.focus();
  return { plansStale };
}
