/**
 * The application form of `<union-job-listings>`: an optional message to the employer with a counter
 * (characters as a person counts them, the limit the API enforces), the separate consent, and — when
 * the message holds a resident ID or a mobile number — a question before anything is sent, with
 * "修改留言" as the default. Also the failure notice of a send, and the "sent" view.
 */
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import { JOB_APPLICATION_MESSAGE_MAX } from '@unionkit/sdk/validators';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { textAreaField } from '../internal/views/text-area.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import type { Translation } from '../internal/localize/translation.js';
import type { PersonalNumbers } from './sensitive.js';
import type { ApplyForm } from './apply-form.js';
import { editMessage, sendAnyway, submitApplication } from './apply-send.js';
import type { ApplyStrings } from './apply-strings.js';
import type { JobListingsStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

export interface ApplyContext {
  s: JobListingsStrings;
  /** The form's own words (`./apply-strings.ts`). */
  fs: ApplyStrings;
  t: Translation;
  job: JobPosting;
  salary: string;
  /** What the worker put in the form, kept by the element (`./apply-form.ts`). */
  form: ApplyForm;
  /** Opens the job_application_sharing notice (UnionElement.renderNoticeLink). */
  noticeLink: TemplateResult;
  /** An application was sent (`undefined`: it was not). */
  applied: (application: JobApplication | undefined) => void;
  back: () => void;
  openMine: () => void;
  backToList: () => void;
}

export function renderApply(c: ApplyContext): TemplateResult {
  const { t, job, form } = c;
  const sending = form.sending(job.id);
  const submit = (e?: Event): void => {
    e?.preventDefault();
    void submitApplication(form, c.fs, job.id).then(c.applied);
  };
  const consentError = form.consentAttempted && !form.consent ? c.fs.consentNeeded : '';
  return html`<form part="apply-form" novalidate @submit=${submit} aria-labelledby="job-apply-title">
    <h3 id="job-apply-title" data-step-heading tabindex="-1">${c.fs.applyHeading(job.title)}</h3>
    <p class="muted">${job.employer} · ${c.salary}</p>
    ${textAreaField({
      id: 'job-message',
      label: c.fs.message,
      labelSuffix: t.common.optional,
      hint: c.fs.messageHint,
      value: form.message,
      max: JOB_APPLICATION_MESSAGE_MAX,
      words: t.common,
      onInput: (value) => form.setMessage(value),
    })}
    <fieldset class="consent" part="consent">
      <legend>${c.fs.consentHeading}</legend>
      <label class="choice" part="choice">
        <input
          id="job-consent"
          type="checkbox"
          .checked=${live(form.consent)}
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${consentError ? 'job-consent-explain job-consent-error' : 'job-consent-explain'}
          @change=${(e: Event) => form.setConsent((e.target as HTMLInputElement).checked)}
        />
        <span id="job-consent-label">${c.fs.consentLabel}</span>
      </label>
      ${c.noticeLink}
      <p class="explain" id="job-consent-explain">${c.fs.consentExplain(job.employer)}</p>
      <p class="error" id="job-consent-error" part="error" aria-live="polite">${consentError}</p>
    </fieldset>
    ${form.error ? renderApplyError(c, form.error, submit) : nothing}
    ${form.asking
      ? renderAsk(c, form.asking, sending)
      : html`<div class="actions">
            <button
              type="submit"
              part="button button-primary"
              class="primary"
              ?disabled=${sending}
              aria-describedby=${ifDefined(form.consent ? undefined : 'job-apply-blocked')}
            >
              ${sending ? c.fs.sending : c.fs.sendApplication}
            </button>
            <button type="button" part="button" @click=${c.back}>${t.common.back}</button>
          </div>
          ${form.consent ? nothing : html`<p id="job-apply-blocked" class="blocked ${consentError ? 'error' : 'muted'}">${c.fs.consentNeeded}</p>`}`}
  </form>`;
}

/** The question before a message with a personal number is sent; "修改留言" is the default (focused, primary). */
function renderAsk(c: ApplyContext, found: PersonalNumbers, sending: boolean): TemplateResult {
  const what = found.residentId && found.mobile ? c.fs.sensitiveKinds.both : found.residentId ? c.fs.sensitiveKinds.residentId : c.fs.sensitiveKinds.mobile;
  return html`<div class="notice warning" part="confirm" role="group" aria-labelledby="job-ask-title" aria-describedby="job-ask-body" data-sensitive-ask>
    <h4 id="job-ask-title">${c.fs.sensitiveHeading}</h4>
    <p id="job-ask-body">${c.fs.sensitiveBody(what)}</p>
    <div class="actions">
      <button type="button" part="button button-primary" class="primary" data-edit @click=${() => editMessage(c.form)}>${c.fs.editMessage}</button>
      <button type="button" part="button" data-send-anyway ?disabled=${sending} @click=${() => sendAnyway(c.form, c.fs, c.job.id).then(c.applied)}>${c.fs.sendAnyway}</button>
    </div>
  </div>`;
}

function renderApplyError(c: ApplyContext, error: UnionErrorInfo, submit: () => void): TemplateResult {
  const { s, t } = c;
  const message =
    error.code === 'already_applied' ? c.fs.alreadyApplied : error.code === 'job_posting_expired' ? c.fs.postingExpired : error.message;
  return html`<div class="notice error" part="error-state" data-apply-error tabindex="-1">
    <p class="message">${message}</p>
    ${error.retryable
      ? html`<button type="button" part="button retry" class="primary" @click=${() => submit()}>${t.common.retry}</button>`
      : nothing}
    ${error.code === 'already_applied' ? html`<button type="button" part="button" @click=${c.openMine}>${s.viewMine}</button>` : nothing}
    ${error.code === 'job_posting_expired' ? html`<button type="button" part="button" @click=${c.backToList}>${s.backToList}</button>` : nothing}
    ${error.requestId ? html`<p class="muted">${t.common.supportReference(error.requestId)}</p>` : nothing}
  </div>`;
}

export interface AppliedContext {
  s: JobListingsStrings;
  /** The form's own words (`./apply-strings.ts`). */
  fs: ApplyStrings;
  /** The widget's locale, for the neutral label of a status this build does not know. */
  locale: string;
  application: JobApplication | undefined;
  job: JobPosting | undefined;
  openMine: () => void;
  backToList: () => void;
}

export function renderApplied(c: AppliedContext): TemplateResult {
  const { s, application, job } = c;
  return html`<div class="notice success" part="applied">
    <h3 data-step-heading tabindex="-1">${s.appliedHeading}</h3>
    ${job ? html`<p>${job.title}</p><p>${c.fs.appliedBody(job.employer)}</p>` : nothing}
    ${application ? html`<p>${s.status(enumLabel(c.locale, s.enums.jobApplicationStatus, application.status, 'status'))}</p>` : nothing}
    <div class="actions">
      <button type="button" part="button button-primary" class="primary" @click=${c.openMine}>${s.viewMine}</button>
      <button type="button" part="button" @click=${c.backToList}>${s.backToList}</button>
    </div>
  </div>`;
}
