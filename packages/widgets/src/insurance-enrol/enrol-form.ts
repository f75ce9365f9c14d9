/**
 * The confirmation step of `<union-insurance-enrol>` as a controller, kept in the element so that nothing
 * is lost while the confirmation's part (./confirm-part.ts) loads: what the worker chose and typed (the
 * optional consent, the date of birth when asked) and the one enrolment create (a retry replays it; a
 * changed body is a new create). Sending, and what the API's refusals mean for the form, are in
 * ./enrol-send.ts, loaded with the confirmation. What the worker typed stays until the enrolment is made.
 */
import { InsurancePlans } from '@unionkit/sdk';
import type { InsuranceEnrolment, InsuranceEnrolmentCreate } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { ConfirmState } from './confirm-view.js';

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
  readonly host: WidgetHost;
  readonly create: ActionTask<[InsuranceEnrolmentCreate], InsuranceEnrolment>;

  constructor(host: WidgetHost) {
    this.host = host;
    this.create = new ActionTask(host, (client, options, body: InsuranceEnrolmentCreate) => use(client, InsurancePlans).enrol(body, options), {
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
    this.create.clear();
    this.host.requestUpdate();
  }

  /** What the view shows. */
  get state(): ConfirmState {
    return {
      share: this.share,
      askBirthDate: this.askBirthDate,
      birthDate: this.birthDate,
      birthDateError: this.birthDateError,
      ageRefused: this.ageRefused,
      error: this.create.error,
      running: !!this.planId && this.create.running({ planId: this.planId }),
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

  /** What will be sent changed: a new create, not a replay of the failed one. */
  #bodyChanged(): void {
    if (this.planId) this.create.forget({ planId: this.planId });
    this.host.requestUpdate();
  }
}
