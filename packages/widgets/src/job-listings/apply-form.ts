/**
 * The application form of `<union-job-listings>` as a controller: the message and the separate consent
 * the worker gave for one job (another job starts afresh), the checks before sending — a message too
 * long, the consent missing, a resident ID or mobile number in the message (asked about first, "edit"
 * being the default) — and the one application create: a failed send keeps the message, and its retry
 * reuses the idempotency key; a changed message is a new create.
 */
import { Jobs } from '@unionkit/sdk';
import type { JobApplication, JobApplicationCreate } from '@unionkit/sdk/types';
import { JOB_APPLICATION_MESSAGE_MAX } from '@unionkit/sdk/validators';
import { NOTICE_VERSION } from '@unionkit/contract';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { messageOver } from './apply-view.js';
import { findPersonalNumbers, type PersonalNumbers } from './sensitive.js';
import type { JobListingsStrings } from './strings.js';

/** Version of the privacy notice the consent refers to (the API rejects any other). */

export class ApplyForm {
  message = '';
  consent = false;
  /** The worker tried to send without the consent: say it is needed. */
  consentAttempted = false;
  /** The personal numbers found in the message, while the worker is asked about them. */
  asking: PersonalNumbers | undefined;
  readonly #host: WidgetHost;
  readonly #strings: () => JobListingsStrings;
  readonly #create: ActionTask<[string, JobApplicationCreate], JobApplication>;
  /** The job the form was filled for. */
  #jobId: string | undefined;
  /** The message the worker chose to send although it holds a personal number. */
  #sendAnyway: string | undefined;

  constructor(host: WidgetHost, strings: () => JobListingsStrings) {
    this.#host = host;
    this.#strings = strings;
    this.#create = new ActionTask(
      host,
      (client, options, jobId: string, body: JobApplicationCreate) => use(client, Jobs).apply(jobId, body, options),
      { idempotent: true, key: (jobId) => jobId },
    );
  }

  /** Shows the form for `jobId`: the consent names one employer and the message was written for one job. */
  open(jobId: string | undefined): void {
    if (this.#jobId !== jobId) {
      this.#jobId = jobId;
      this.message = '';
      this.consent = false;
    }
    this.#create.clear();
    this.consentAttempted = false;
    this.asking = undefined;
    this.#host.requestUpdate();
  }

  get error(): UnionErrorInfo | undefined {
    return this.#create.error;
  }

  sending(jobId: string): boolean {
    return this.#create.running(jobId);
  }

  setMessage(value: string): void {
    this.message = value;
    this.asking = undefined;
    // A changed message is another application body: it needs a new idempotency key.
    if (this.#jobId) this.#create.forget(this.#jobId);
    this.#host.requestUpdate();
  }

  setConsent(checked: boolean): void {
    this.consent = checked;
    this.#host.requestUpdate();
  }

  /** Back to the message from the question about personal numbers. */
  async edit(): Promise<void> {
    this.asking = undefined;
    await this.#focus('#job-message');
  }

  /** The worker sends the message with its personal number after all. */
  sendAnyway(jobId: string): Promise<JobApplication | undefined> {
    this.#sendAnyway = this.message.trim();
    this.asking = undefined;
    return this.submit(jobId);
  }

  /** Checks and sends (once, whatever the network does). Resolves with the application once made. */
  async submit(jobId: string): Promise<JobApplication | undefined> {
    if (this.#create.running(jobId)) return undefined;
    const s = this.#strings();
    const host = this.#host;
    const message = this.message.trim();
    const over = messageOver(message);
    if (over) {
      host.announceError(s.messageTooLong(over, JOB_APPLICATION_MESSAGE_MAX));
      host.element.renderRoot.querySelector<HTMLTextAreaElement>('#job-message')?.focus();
      return undefined;
    }
    if (!this.consent) {
      this.consentAttempted = true;
      host.announceError(s.consentNeeded);
      await this.#focus('#job-consent');
      return undefined;
    }
    // A resident ID or a mobile number for the employer: ask first, "edit" being the default.
    const found = findPersonalNumbers(message);
    if ((found.residentId || found.mobile) && this.#sendAnyway !== message) {
      this.asking = found;
      host.announceError(s.sensitiveHeading);
      await this.#focus('[data-sensitive-ask] [data-edit]');
      return undefined;
    }
    const body: JobApplicationCreate = {
      consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE_VERSION }],
      ...(message ? { message } : {}),
    };
    const result = await this.#create.run(jobId, body);
    if (!result.ok) {
      await this.#focus('[data-apply-error]');
      return undefined;
    }
    this.message = '';
    this.consent = false;
    this.consentAttempted = false;
    this.asking = undefined;
    this.#sendAnyway = undefined;
    host.requestUpdate();
    return result.value;
  }

  async #focus(selector: string): Promise<void> {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
