import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zHelpRequest, zHelpRequestDecision, zMembershipApplication, zSandboxDecision } from '@unionkit/contract/schemas';
import type { HelpRequest, HelpRequestDecision, MembershipApplication, SandboxDecision } from '@unionkit/contract';

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

  /** `POST /sandbox/reset` (204): back to the seeded state. */
  reset(options?: RequestOptions): Promise<void> {
    return this._client.requestEmpty({ method: 'POST', path: path`/sandbox/reset` }, options);
  }
}
