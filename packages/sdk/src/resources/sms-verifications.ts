import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zSmsVerification, zSmsVerificationConfirm, zSmsVerificationCreate, zSmsVerificationResult } from '@unionkit/contract/schemas';
import type {
  SmsVerification,
  SmsVerificationConfirm,
  SmsVerificationCreate,
  SmsVerificationResult,
} from '@unionkit/contract';

/** SMS verifications: prove a mobile number with a six-digit code. */
export class SmsVerifications extends APIResource {
  /** `POST /sms-verifications`: send a code to `mobile`. */
  create(body: SmsVerificationCreate, options?: RequestOptions): Promise<SmsVerification> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/sms-verifications`,
        body,
        bodySchema: zSmsVerificationCreate,
        response: zSmsVerification,
      },
      options,
    );
  }

  /** `POST /sms-verifications/{id}/confirm`: `verified: false` with `attemptsRemaining` for a wrong code. */
  confirm(id: string, body: SmsVerificationConfirm, options?: RequestOptions): Promise<SmsVerificationResult> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/sms-verifications/${id}/confirm`,
        body,
        bodySchema: zSmsVerificationConfirm,
        response: zSmsVerificationResult,
      },
      options,
    );
  }
}
