/**
 * Union sessions: what keeps confidential help requests (`legal_consultation`, `legal_aid`,
 * `mediation`, `complaint`) out of the platform's reach at the API. The platform mints the worker's
 * client token (`wst_…`), so anything that token opens the platform can open too. The union's hosted
 * page therefore trades that token plus an SMS code sent to the worker's own mobile — which the
 * platform never sees — for a union token (`ust_…`, 15 minutes). Confidential requests are filed
 * under the mobile that proved the code, and only a union token of that worker and that mobile
 * lists, reads, messages or withdraws them; to a client token they do not exist (404 like a missing
 * id, left out of lists, their appointments and consents hidden). Sandbox code: `000000`.
 */
import { CONFIDENTIAL_HELP_REQUEST_TYPES, normaliseMobile, type HelpRequestType, type SmsVerificationConfirm, type SmsVerificationCreate } from '@unionkit/contract';
import { secureToken } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { UnionChallengeRecord, UnionSessionRecord } from '../store/types.js';
import type { WorkerActor } from './actor.js';
import { SANDBOX_SMS_CODE, SMS_MAX_WRONG, SMS_TTL_MS } from './sms.js';
import { fieldError, notFound, ProblemError } from './problem.js';

export const UNION_SESSION_TTL_MS = 15 * 60 * 1000;

const CONFIDENTIAL: ReadonlySet<HelpRequestType> = new Set(CONFIDENTIAL_HELP_REQUEST_TYPES);

export const isConfidential = (type: HelpRequestType): boolean => CONFIDENTIAL.has(type);

/** Whether `actor` may see a record filed under `unionMobile` (undefined: not confidential). */
export function reachesConfidential(actor: WorkerActor, unionMobile: string | undefined): boolean {
  return unionMobile === undefined || (actor.union !== undefined && actor.union.mobile === unionMobile);
}

/** The 403 a client token gets for filing a confidential type. */
export function unionSessionRequired(): ProblemError {
  return new ProblemError(
    403,
    'union_session_required',
    '法律咨询、法律援助、调解和投诉只能在工会页面中凭短信验证后提交。 Legal help, mediation and complaints are filed only in the union’s page after an SMS check.',
  );
}

const masked = (mobile: string): string => `${mobile.slice(0, 3)}****${mobile.slice(7)}`;

/** `POST /union-sessions`: a code for the worker's mobile (ids from a CSPRNG: they touch no seeded sequence). */
export function createUnionChallenge(store: Store, actor: WorkerActor, input: SmsVerificationCreate): { id: string; expiresAt: Date; mobileMasked: string } {
  if (actor.union) throw new ProblemError(403, 'forbidden_scope', '请使用组件会话令牌开启工会会话。 Open a union session with the client token.');
  const mobile = normaliseMobile(input.mobile) ?? input.mobile;
  const now = store.now();
  const record: UnionChallengeRecord = {
    id: secureToken('usv', 24),
    workerKey: actor.workerKey,
    mobile,
    expiresAt: new Date(now.getTime() + SMS_TTL_MS),
    wrongAttempts: 0,
  };
  store.unionChallenges.set(record.id, record);
  return { id: record.id, expiresAt: record.expiresAt, mobileMasked: masked(mobile) };
}

/** `POST /union-sessions/{id}/confirm`: the right code, once, for a union token. */
export function confirmUnionChallenge(store: Store, actor: WorkerActor, id: string, input: SmsVerificationConfirm): UnionSessionRecord {
  const c = store.unionChallenges.get(id);
  if (!c || c.workerKey !== actor.workerKey || actor.union) throw notFound('工会会话验证', 'union-session verification');
  if (c.wrongAttempts >= SMS_MAX_WRONG) {
    throw new ProblemError(429, 'sms_attempts_exceeded', `验证码错误已达 ${SMS_MAX_WRONG} 次，请重新获取验证码。 ${SMS_MAX_WRONG} wrong codes: request a new SMS code.`, {
      headers: { 'Retry-After': '60' },
    });
  }
  const now = store.now();
  if (now.getTime() >= c.expiresAt.getTime()) {
    throw new ProblemError(422, 'sms_verification_expired', '验证码已过期（10分钟），请重新获取。 The code expired after 10 minutes; request a new one.');
  }
  if (input.code !== SANDBOX_SMS_CODE) {
    c.wrongAttempts++;
    const left = SMS_MAX_WRONG - c.wrongAttempts;
    throw new ProblemError(422, 'sms_code_invalid', `验证码不正确，还可以再试 ${left} 次。 The code is not right; ${left} attempts left.`, {
      errors: [fieldError('code', 'invalid_value', '验证码不正确。 The code is not right.')],
    });
  }
  store.unionChallenges.delete(c.id);
  const session: UnionSessionRecord = {
    token: secureToken('ust', 32),
    workerKey: actor.workerKey,
    partnerId: actor.partner.id,
    session: actor.session,
    mobile: c.mobile,
    expiresAt: new Date(now.getTime() + UNION_SESSION_TTL_MS),
  };
  store.unionSessions.set(session.token, session);
  return session;
}
