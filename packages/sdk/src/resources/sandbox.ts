import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zMembershipApplication, zSandboxDecision } from '@unionkit/contract/schemas';
import type { MembershipApplication, SandboxDecision } from '@unionkit/contract';

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

  /** `POST /sandbox/reset` (204): back to the seeded state. */
  reset(options?: RequestOptions): Promise<void> {
    return this._client.requestEmpty({ method: 'POST', path: path`/sandbox/reset` }, options);
  }
}
