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
import type { UnionErrorInfo } from '../internal/errors.js';
import { textAreaField } from '../internal/views/text-area.js';
import type { Translation } from '../internal/localize/translation.js';
import type { PersonalNumbers } from './sensitive.js';
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
  message: string;
  consent: boolean;
  /** The worker tried to send without the consent. */
  consentAttempted: boolean;
  sending: boolean;
  error: UnionErrorInfo | undefined;
  /** Personal numbers found in the message, while the widget asks whether to send them. */
  asking: PersonalNumbers | undefined;
  /** Opens the job_application_sharing notice (UnionElement.renderNoticeLink). */
  noticeLink: TemplateResult;
  onMessage: (value: string) => void;
  onConsent: (checked: boolean) => void;
  submit: (e?: Event) => void;
  back: () => void;
  edit: () => void;
  sendAnyway: () => void;
  openMine: () => void;
  backToList: () => void;
}

export function renderApply(c: ApplyContext): TemplateResult {
  const { s, t, job } = c;
  const consentError = c.consentAttempted && !c.consent ? c.fs.consentNeeded : '';
  return html`<form part="apply-form" novalidate @submit=${c.submit} aria-labelledby="job-apply-title">
    <h3 id="job-apply-title" data-step-heading tabindex="-1">${c.fs.applyHeading(job.title)}</h3>
    <p class="muted">${job.employer} · ${c.salary}</p>
    ${textAreaField({
      id: 'job-message',
      label: c.fs.message,
      labelSuffix: t.common.optional,
      hint: c.fs.messageHint,
      value: c.message,
      max: JOB_APPLICATION_MESSAGE_MAX,
      words: t.common,
      onInput: c.onMessage,
    })}
    <fieldset class="consent" part="consent">
      <legend>${c.fs.consentHeading}</legend>
      <label class="choice" part="choice">
        <input
          id="job-consent"
          type="checkbox"
          .checked=${live(c.consent)}
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${consentError ? 'job-consent-explain job-consent-error' : 'job-consent-explain'}
          @change=${(e: Event) => c.onConsent((e.target as HTMLInputElement).checked)}
        />
        <span id="job-consent-label">${c.fs.consentLabel}</span>
      </label>
      ${c.noticeLink}
      <p class="explain" id="job-consent-explain">${c.fs.consentExplain(job.employer)}</p>
      <p class="error" id="job-consent-error" part="error" aria-live="polite">${consentError}</p>
    </fieldset>
    ${c.error ? renderApplyError(c) : nothing}
    ${c.asking
      ? renderAsk(c, c.asking)
      : html`<div class="actions">
            <button
              type="submit"
              part="button button-primary"
              class="primary"
              ?disabled=${c.sending}
              aria-describedby=${ifDefined(c.consent ? undefined : 'job-apply-blocked')}
            >
              ${c.sending ? c.fs.sending : c.fs.sendApplication}
            </button>
            <button type="button" part="button" @click=${c.back}>${t.common.back}</button>
          </div>
          ${c.consent ? nothing : html`<p id="job-apply-blocked" class="blocked ${consentError ? 'error' : 'muted'}">${c.fs.consentNeeded}</p>`}`}
  </form>`;
}

/** The question before a message with a personal number is sent; "修改留言" is the default (focused, primary). */
function renderAsk(c: ApplyContext, found: PersonalNumbers): TemplateResult {
  const { s } = c;
  const what = found.residentId && found.mobile ? c.fs.sensitiveKinds.both : found.residentId ? c.fs.sensitiveKinds.residentId : c.fs.sensitiveKinds.mobile;
  return html`<div class="notice warning" part="confirm" role="group" aria-labelledby="job-ask-title" aria-describedby="job-ask-body" data-sensitive-ask>
    <h4 id="job-ask-title">${c.fs.sensitiveHeading}</h4>
    <p id="job-ask-body">${c.fs.sensitiveBody(what)}</p>
    <div class="actions">
      <button type="button" part="button button-primary" class="primary" data-edit @click=${c.edit}>${c.fs.editMessage}</button>
      <button type="button" part="button" data-send-anyway ?disabled=${c.sending} @click=${c.sendAnyway}>${c.fs.sendAnyway}</button>
    </div>
  </div>`;
}

function renderApplyError(c: ApplyContext): TemplateResult {
  const { s, t } = c;
  const error = c.error!;
  const message =
    error.code === 'already_applied' ? c.fs.alreadyApplied : error.code === 'job_posting_expired' ? c.fs.postingExpired : error.message;
  return html`<div class="notice error" part="error-state" data-apply-error tabindex="-1">
    <p class="message">${message}</p>
    ${error.retryable
      ? html`<button type="button" part="button retry" class="primary" @click=${() => c.submit()}>${t.common.retry}</button>`
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
