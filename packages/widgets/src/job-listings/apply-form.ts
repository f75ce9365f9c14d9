/**
 * What the worker put in the application form of `<union-job-listings>`, kept in the element so that
 * nothing is lost while the form's part (./apply-part.ts) loads or reloads: the message and the separate
 * consent given for one job (another job starts afresh), the question about a personal number, and the
 * one application create per job — a failed send keeps the message and its retry reuses the
 * idempotency key; a changed message is a new create. Checking and sending are in ./apply-send.ts,
 * loaded with the form.
 */
import { Jobs } from '@unionkit/sdk';
import type { JobApplication, JobApplicationCreate } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import type { PersonalNumbers } from './sensitive.js';

export class ApplyForm {
  message = '';
  consent = false;
  /** The worker tried to send without the consent: say it is needed. */
  consentAttempted = false;
  /** The personal numbers found in the message, while the worker is asked about them. */
  asking: PersonalNumbers | undefined;
  /** The message the worker chose to send although it holds a personal number. */
  sendAnywayMessage: string | undefined;
  readonly host: WidgetHost;
  readonly create: ActionTask<[string, JobApplicationCreate], JobApplication>;
  /** The job the form was filled for. */
  #jobId: string | undefined;

  constructor(host: WidgetHost) {
    this.host = host;
    this.create = new ActionTask(
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
    this.create.clear();
    this.consentAttempted = false;
    this.asking = undefined;
    this.host.requestUpdate();
  }

  get error(): UnionErrorInfo | undefined {
    return this.create.error;
  }

  sending(jobId: string): boolean {
    return this.create.running(jobId);
  }

  setMessage(value: string): void {
    this.message = value;
    this.asking = undefined;
    // A changed message is another application body: it needs a new idempotency key.
    if (this.#jobId) this.create.forget(this.#jobId);
    this.host.requestUpdate();
  }

  setConsent(checked: boolean): void {
    this.consent = checked;
    this.host.requestUpdate();
  }

  /** After a sent application: the next form starts empty. */
  reset(): void {
    this.message = '';
    this.consent = false;
    this.consentAttempted = false;
    this.asking = undefined;
    this.sendAnywayMessage = undefined;
    this.host.requestUpdate();
  }
}
