/**
 * Checking and sending an application of `<union-job-listings>` (loaded with the form, ./apply-part.ts):
 * a message too long, the consent missing, a resident ID or mobile number in the message (asked about
 * first, "edit" being the default) — then the one create, whatever the network does. What the worker
 * typed lives in the element's `ApplyForm`.
 */
import type { JobApplication, JobApplicationCreate } from '@unionkit/sdk/types';
import { JOB_APPLICATION_MESSAGE_MAX } from '@unionkit/sdk/validators';
import { NOTICE_VERSION } from '@unionkit/contract';
import type { ApplyForm } from './apply-form.js';
import { charactersOver } from '../internal/views/text-area.js';
import { findPersonalNumbers } from './sensitive.js';
import type { ApplyStrings } from './apply-strings.js';

/** Checks and sends (once, whatever the network does). Resolves with the application once made. */
export async function submitApplication(form: ApplyForm, s: ApplyStrings, jobId: string): Promise<JobApplication | undefined> {
  if (form.create.running(jobId)) return undefined;
  const host = form.host;
  const message = form.message.trim();
  const over = charactersOver(message, JOB_APPLICATION_MESSAGE_MAX);
  if (over) {
    host.announceError(host.t.common.tooManyCharacters(over, JOB_APPLICATION_MESSAGE_MAX));
    host.element.renderRoot.querySelector<HTMLTextAreaElement>('#job-message')?.focus();
    return undefined;
  }
  if (!form.consent) {
    form.consentAttempted = true;
    host.announceError(s.consentNeeded);
    await focus(form, '#job-consent');
    return undefined;
  }
  // A resident ID or a mobile number for the employer: ask first, "edit" being the default.
  const found = findPersonalNumbers(message);
  if ((found.residentId || found.mobile) && form.sendAnywayMessage !== message) {
    form.asking = found;
    host.announceError(s.sensitiveHeading);
    await focus(form, '[data-sensitive-ask] [data-edit]');
    return undefined;
  }
  const body: JobApplicationCreate = {
    consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE_VERSION }],
    ...(message ? { message } : {}),
  };
  const result = await form.create.run(jobId, body);
  if (!result.ok) {
    await focus(form, '[data-apply-error]');
    return undefined;
  }
  form.reset();
  return result.value;
}

/** The worker sends the message with its personal number after all. */
export function sendAnyway(form: ApplyForm, s: ApplyStrings, jobId: string): Promise<JobApplication | undefined> {
  form.sendAnywayMessage = form.message.trim();
  form.asking = undefined;
  return submitApplication(form, s, jobId);
}

/** Back to the message from the question about personal numbers. */
export async function editMessage(form: ApplyForm): Promise<void> {
  form.asking = undefined;
  await focus(form, '#job-message');
}

async function focus(form: ApplyForm, selector: string): Promise<void> {
  form.host.requestUpdate();
  await form.host.updateComplete;
  form.host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
