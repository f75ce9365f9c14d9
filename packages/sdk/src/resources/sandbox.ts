import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import {
  zHelpRequest,
  zHelpRequestDecision,
  zInsuranceClaim,
  zInsurancePayment,
  zMembershipApplication,
  zSandboxClaimDecision,
  zSandboxClock,
  zSandboxClockAdvance,
  zSandboxDecision,
} from '@unionkit/contract/schemas';
import type {
  HelpRequest,
  HelpRequestDecision,
  InsuranceClaim,
  InsurancePayment,
  MembershipApplication,
  SandboxClaimDecision,
  SandboxClock,
  SandboxDecision,
} from '@unionkit/contract';

/** Sandbox only: play the union's part and start over. */
export class Sandbox extends APIResource {
  /** `POST /sandbox/membership-applications/{id}/decision`: approve, reject or ask for more information. */
  decideMembershipApplication(id: string, body: SandboxDecision, options?: RequestOptions): Promise<MembershipApplication> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/sandbox/membership-applications/${id}/decision`,
        body,
        bodySchema: zSandboxDecision,
        response: zMembershipApplication,
      },
      options,
    );
  }

  /**
   * `POST /sandbox/help-requests/{id}/decision`: plays the social worker (accept, start, needs_info,
   * resolve, decline; adopt and fulfil a micro-wish); `message` lands in the request's `messages`.
   */
  decideHelpRequest(id: string, body: HelpRequestDecision, options?: RequestOptions): Promise<HelpRequest> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/sandbox/help-requests/${id}/decision`,
        body,
        bodySchema: zHelpRequestDecision,
        response: zHelpRequest,
      },
      options,
    );
  }

  /**
   * `POST /sandbox/insurance-claims/{id}/decision`: plays the union on a claim — `approve` (with
   * `amountFen`, by default the most the benefit pays), `reject` or `needs_info` (with a `reason`),
   * then `pay` an approved one.
   */
  decideClaim(id: string, body: SandboxClaimDecision, options?: RequestOptions): Promise<InsuranceClaim> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/sandbox/insurance-claims/${id}/decision`,
        body,
        bodySchema: zSandboxClaimDecision,
        response: zInsuranceClaim,
      },
      options,
    );
  }

  /** `POST /sandbox/insurance-enrolments/{id}/payment`: the worker pays what is due at a union counter. */
  payEnrolment(id: string, options?: RequestOptions): Promise<InsurancePayment> {
    return this._client.request(
      { method: 'POST', path: path`/sandbox/insurance-enrolments/${id}/payment`, response: zInsurancePayment },
      options,
    );
  }

  /**
   * `POST /sandbox/clock/advance`: moves the sandbox's time `days` (1–366) forward — cover starts, due
   * dates pass (unpaid enrolments lapse), client tokens expire (the one used here too).
   */
  advanceClock(days: number, options?: RequestOptions): Promise<SandboxClock> {
    return this._client.request(
      { method: 'POST', path: path`/sandbox/clock/advance`, body: { days }, bodySchema: zSandboxClockAdvance, response: zSandboxClock },
      options,
    );
  }

  /** `POST /sandbox/reset` (204): back to the seeded state. */
  reset(options?: RequestOptions): Promise<void> {
    return this._client.requestEmpty({ method: 'POST', path: path`/sandbox/reset` }, options);
  }
}
