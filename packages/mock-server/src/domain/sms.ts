/**
 * SMS verification of a mobile number. In the sandbox no SMS is sent: code `000000` always verifies,
 * any other code is wrong. A verification expires after 10 minutes and allows 5 wrong codes.
 */
import type { SmsVerificationConfirm, SmsVerificationCreate, SmsVerificationResult } from '@unionkit/contract';
import { normaliseMobile } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { SmsVerificationRecord } from '../store/types.js';
import type { WorkerActor } from './actor.js';
import { notFound, ProblemError } from './problem.js';

export const SMS_TTL_MS = 10 * 60 * 1000;
export const SMS_MAX_WRONG = 5;
export const SANDBOX_SMS_CODE = '000000';

export function createSmsVerification(store: Store, actor: WorkerActor, input: SmsVerificationCreate): SmsVerificationRecord {
  const now = store.now();
  const record: SmsVerificationRecord = {
    id: store.ids.next('smsv'),
    workerKey: actor.workerKey,
    sessionId: actor.session.id,
    mobile: normaliseMobile(input.mobile) ?? input.mobile,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SMS_TTL_MS),
    wrongAttempts: 0,
    verified: false,
  };
  store.smsVerifications.set(record.id, record);
  return record;
}

export function confirmSmsVerification(
  store: Store,
  actor: WorkerActor,
  id: string,
  input: SmsVerificationConfirm,
): SmsVerificationResult {
  const v = store.smsVerifications.get(id);
  if (!v || v.workerKey !== actor.workerKey) throw notFound('短信验证', 'SMS verification');
  if (v.verified) return { id: v.id, verified: true };
  if (v.wrongAttempts >= SMS_MAX_WRONG) {
    throw new ProblemError(
      429,
      'sms_attempts_exceeded',
      `验证码错误已达 ${SMS_MAX_WRONG} 次，请重新获取验证码。 ${SMS_MAX_WRONG} wrong codes: request a new SMS code.`,
      // This verification never succeeds now; a minute is a fair wait before asking for a new code.
      { headers: { 'Retry-After': '60' } },
    );
  }
  if (store.now().getTime() >= v.expiresAt.getTime()) {
    throw new ProblemError(
      422,
      'sms_verification_expired',
      '验证码已过期（10分钟），请重新获取。 The code expired after 10 minutes; request a new one.',
    );
  }
  if (input.code === SANDBOX_SMS_CODE) {
    v.verified = true;
    return { id: v.id, verified: true };
  }
  v.wrongAttempts++;
  return { id: v.id, verified: false, attemptsRemaining: SMS_MAX_WRONG - v.wrongAttempts };
}
