/**
 * The confirmation step of `<union-insurance-enrol>` as a controller: what the worker chose and typed
 * (the optional consent, the date of birth when asked), the one enrolment create (a retry replays it;
 * a changed body is a new create) and what the API's refusals mean for the form — the date of birth
 * asked for, refused for the plan's ages, or not a date — said on the field with focus moved to it.
 * What the worker typed stays until the enrolment is made.
 */
import { Insurance } from '@unionkit/sdk';
import type { ConsentGrant, InsuranceEnrolment, InsuranceEnrolmentCreate } from '@unionkit/sdk/types';
import { NOTICE_VERSION } from '@unionkit/contract';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { birthDateProblem, type ConfirmState } from './confirm-view.js';
import type { InsuranceEnrolStrings } from './strings.js';

/** Refusals after which the plans' eligibility shown is out of date. */
const STALE_AFTER = ['not_eligible', 'already_enrolled', 'age_out_of_range'];

export type EnrolOutcome = { enrolment: InsuranceEnrolment } | { enrolment?: undefined; plansStale: boolean };

export class EnrolForm {
  /** The plan being confirmed. */
  planId: string | undefined;
  /** The optional consent `share_status_with_platform` (unchecked by default). */
  share = false;
  /** The plan has age limits and the union does not know the worker's date of birth. */
  askBirthDate = false;
  /** What the worker typed (kept on error; never stored or sent anywhere but the enrolment). */
  birthDate = '';
  birthDateError = '';
  /** The API refused the age: no confirm button until the typed date changes. */
  ageRefused = false;
  readonly #host: WidgetHost;
  readonly #strings: () => InsuranceEnrolStrings;
  readonly #create: ActionTask<[InsuranceEnrolmentCreate], InsuranceEnrolment>;

  constructor(host: WidgetHost, strings: () => InsuranceEnrolStrings) {
    this.#host = host;
    this.#strings = strings;
    this.#create = new ActionTask(host, (client, options, body: InsuranceEnrolmentCreate) => use(client, Insurance).enrol(body, options), {
      idempotent: true,
      key: (body) => body.planId,
    });
  }

  /** Opens the confirmation of `planId`, afresh. */
  start(planId: string, askBirthDate: boolean): void {
    this.planId = planId;
    this.share = false;
    this.askBirthDate = askBirthDate;
    this.birthDateError = '';
    this.ageRefused = false;
    this.#create.clear();
    this.#host.requestUpdate();
  }

  /** What the view shows. */
  get state(): ConfirmState {
    return {
      share: this.share,
      askBirthDate: this.askBirthDate,
      birthDate: this.birthDate,
      birthDateError: this.birthDateError,
      ageRefused: this.ageRefused,
      error: this.#create.error,
      running: !!this.planId && this.#create.running({ planId: this.planId }),
    };
  }

  setShare(checked: boolean): void {
    if (checked === this.share) return;
    this.share = checked;
    this.#bodyChanged();
  }

  setBirthDate(value: string): void {
    if (value === this.birthDate) return;
    this.birthDate = value;
    this.birthDateError = '';
    this.ageRefused = false;
    this.#bodyChanged();
  }

  /**
   * Enrols (once, whatever the network does). `range` says the plan's ages for a refusal. Resolves
   * with the enrolment, or with whether the plans shown are out of date after a refusal.
   */
  async submit(range: () => string): Promise<EnrolOutcome> {
    const planId = this.planId;
    if (!planId) return { plansStale: false };
    const s = this.#strings();
    if (this.askBirthDate) {
      const problem = birthDateProblem(this.birthDate, s);
      if (problem) return this.#focusBirthDate(problem, false);
    }
    const consents: ConsentGrant[] = this.share ? [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE_VERSION }] : [];
    const body: InsuranceEnrolmentCreate = { planId };
    if (consents.length) body.consents = consents;
    if (this.askBirthDate) body.birthDate = this.birthDate;
    this.birthDateError = '';
    const result = await this.#create.run(body);
    if (result.ok) {
      this.birthDate = '';
      return { enrolment: result.value };
    }
    const error = result.error;
    const plansStale = STALE_AFTER.includes(error.code);
    if (error.code === 'birth_date_required') {
      this.askBirthDate = true;
      return this.#focusBirthDate(s.birthDateMissing, plansStale);
    }
    if (error.code === 'age_out_of_range') {
      this.ageRefused = true;
      if (this.askBirthDate) return this.#focusBirthDate(s.birthDateOutOfRange(range()), plansStale);
    }
    if (error.code === 'validation_failed' && error.fieldErrors.some((f) => f.path === 'birthDate')) {
      return this.#focusBirthDate(s.birthDateInvalid, plansStale);
    }
    this.#host.requestUpdate();
    return { plansStale };
  }

  /** What will be sent changed: a new create, not a replay of the failed one. */
  #bodyChanged(): void {
    if (this.planId) this.#create.forget({ planId: this.planId });
    this.#host.requestUpdate();
  }

  async #focusBirthDate(message: string, plansStale: boolean): Promise<EnrolOutcome> {
    this.birthDateError = message;
    this.#host.announceError(message);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.element.renderRoot.querySelector<HTMLInputElement>('#birth-date')?.focus();
    return { plansStale };
  }
}
