import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zSmsVerification, zSmsVerificationConfirm, zSmsVerificationCreate, zUnionSession } from '@unionkit/contract/schemas';
import type { SmsVerification, SmsVerificationConfirm, SmsVerificationCreate, UnionSession } from '@unionkit/contract';

/**
 * Union sessions: the union's own pages trade the worker's client token plus the SMS code sent to the
 * worker's mobile for a union token (`ust_…`, 15 minutes), the only credential that files or reads a
 * confidential help request (legal consultation, legal aid, mediation, complaint). The platform mints
 * the client token but never receives the code. Keep the union token in memory on the union's origin;
 * a partner's origin is refused.
 */
export class UnionSessions extends APIResource {
  /** `POST /union-sessions`: send a code to the worker's `mobile` (`000000` in the sandbox). */
  create(body: SmsVerificationCreate, options?: RequestOptions): Promise<SmsVerification> {
    return this._client.request(
      { method: 'POST', path: path`/union-sessions`, body, bodySchema: zSmsVerificationCreate, response: zSmsVerification },
      options,
    );
  }

  /** `POST /union-sessions/{id}/confirm`: the right code, once, for `{ token: 'ust_…', expiresAt }`; a wrong one is a 422 `sms_code_invalid`. */
  confirm(id: string, body: SmsVerificationConfirm, options?: RequestOptions): Promise<UnionSession> {
    return this._client.request(
      { method: 'POST', path: path`/union-sessions/${id}/confirm`, body, bodySchema: zSmsVerificationConfirm, response: zUnionSession },
      options,
    );
  }
}
