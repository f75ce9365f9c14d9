/**
 * The checks of `<union-membership-join>`'s join flow: each field as the worker types, and the API's
 * field errors in the widget's words. The draft itself (steps, fields, what is kept over a reload) is
 * `draft.ts`, re-exported here for the flow.
 */
import { MIN_MEMBER_AGE } from '@unionkit/contract';
import { ageOn, parseResidentId } from '@unionkit/sdk/validators';
import type { UnionErrorInfo } from '../internal/errors.js';
import { normaliseId } from '../internal/fields.js';
import type { Translation } from '../internal/localize/translation.js';
import type { JoinStep } from './draft.js';
import type { JoinFlowStrings } from './flow-strings.js';

export * from './draft.js';
/** The privacy notices' current version; every consent names it. */
export { NOTICE_VERSION } from '@unionkit/contract';
export { SMS_RESEND_SECONDS } from '../internal/controllers/sms-verification.js';
export { checkMobile, mobileOf } from '../internal/fields.js';
/** `fullName`'s `minLength` and `maxLength` in the contract (a test keeps them equal), in characters. */
export const NAME_MIN = 2;
export const NAME_MAX = 40;

export type FieldKey =
  | 'fullName'
  | 'residentId'
  | 'mobile'
  | 'smsCode'
  | 'occupation'
  | 'workDistrict'
  | 'organisationId'
  | 'membership_processing'
  | 'sensitive_id_number'
  | 'charter';

/** Where each field lives (its control has the field's name as id). */
export const FIELD_STEP: Record<FieldKey, JoinStep> = {
  fullName: 'personal',
  residentId: 'personal',
  mobile: 'personal',
  smsCode: 'personal',
  occupation: 'personal',
  workDistrict: 'personal',
  organisationId: 'organisation',
  membership_processing: 'consents',
  sensitive_id_number: 'consents',
  charter: 'consents',
};
export const FIELD_ORDER = Object.keys(FIELD_STEP) as FieldKey[];

// ── checks ─────────────────────────────────────────────────────────────────────────────────────

/** Middle dots and their look-alikes (·, ・, ･, •, ‧, ∙, ⋅, ㆍ): minority names are written with "·". */
const DOTS = /[\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d]/g;

/**
 * A name as the union records it: spaces collapsed (none beside Chinese characters), every middle dot
 * look-alike — and a "." or "。" between Chinese characters — written "·", without spaces around it.
 */
export function normaliseName(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(DOTS, '·')
    .replace(/(\p{Script=Han}) ?[.。．] ?(?=\p{Script=Han})/gu, '$1·')
    .replace(/ ?· ?/g, '·')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

/** A character a name may not hold: an emoji (with its modifiers) or anything but letters, marks, "·" and spaces. */
const NOT_IN_NAME = /\p{Extended_Pictographic}[\u200d\ufe0f\p{Extended_Pictographic}\p{Emoji_Modifier}]*|[^\p{L}\p{M}· ]/u;

/**
 * What is wrong with a name, in the worker's words, or `undefined`. While `typing`, only what typing
 * more cannot fix is said (a character a name cannot have, too long); empty, short or a trailing "·"
 * wait until the worker leaves the field.
 */
export function checkName(value: string, s: JoinFlowStrings, typing = false): string | undefined {
  const n = normaliseName(value);
  const bad = NOT_IN_NAME.exec(n)?.[0];
  if (bad) return s.fullNameCharacter(bad);
  const length = [...n].length;
  if (length > NAME_MAX) return s.fullNameTooLong(NAME_MAX, length);
  if (typing) return undefined;
  if (!n) return s.fullNameRequired;
  if (/^·|·$|··/.test(n)) return s.fullNameDot;
  if (length < NAME_MIN) return s.fullNameTooShort(NAME_MIN);
  return undefined;
}

/** The problem with the ID as typed so far; `complete` when the worker has left the field. */
export function checkResidentId(value: string, complete: boolean, s: JoinFlowStrings): string | undefined {
  const v = normaliseId(value);
  if (!v) return complete ? s.residentIdRequired : undefined;
  if (v.length < 18) {
    // While typing: only a character that can never be right is an error yet.
    if (!/^\d{0,17}X?$/.test(v) || (v.endsWith('X') && v.length < 18)) return s.residentIdProblem.format;
    return complete ? s.residentIdProblem.format : undefined;
  }
  const r = parseResidentId(v);
  if (!r.valid) return s.residentIdProblem[r.problem];
  if (ageOn(r.birthDate, new Date()) < MIN_MEMBER_AGE) return s.residentIdTooYoung;
  return undefined;
}

/** The API's verdict on a resident ID, in the widget's words (for a field error from the server). */
function residentIdMessage(value: string, s: JoinFlowStrings): string | undefined {
  const id = parseResidentId(normaliseId(value));
  if (!id.valid) return s.residentIdProblem[id.problem];
  if (ageOn(id.birthDate, new Date()) < MIN_MEMBER_AGE) return s.residentIdTooYoung;
  return undefined;
}

/** The widget's field for the head of an API error path (`residentIdNumber`, `consents.0.purpose`, …). */
const FIELD_OF_PATH: Record<string, FieldKey> = {
  fullName: 'fullName',
  residentIdNumber: 'residentId',
  mobile: 'mobile',
  smsVerificationId: 'mobile',
  occupation: 'occupation',
  workDistrict: 'workDistrict',
  organisationId: 'organisationId',
  charterAccepted: 'charter',
  consents: 'membership_processing',
};

/** The message for the API's field error at `path`, in the widget's words. */
export function fieldMessage(
  error: UnionErrorInfo,
  path: string,
  residentId: string,
  s: JoinFlowStrings,
  t: Translation,
): string | undefined {
  const fe = error.fieldErrors.find((f) => f.path === path || f.path.startsWith(`${path}.`));
  if (!fe) return undefined;
  if (path === 'residentIdNumber' && fe.code === 'invalid_value') {
    const problem = residentIdMessage(residentId, s);
    if (problem) return problem;
  }
  return t.enums.fieldError[fe.code];
}

/** The API's field errors on the widget's fields (the first per field). */
export function fieldErrorsOf(
  error: UnionErrorInfo,
  residentId: string,
  s: JoinFlowStrings,
  t: Translation,
): Partial<Record<FieldKey, string>> {
  const errors: Partial<Record<FieldKey, string>> = {};
  for (const fe of error.fieldErrors) {
    const key = FIELD_OF_PATH[fe.path.split('.')[0]!];
    if (key && !errors[key]) errors[key] = fieldMessage(error, fe.path, residentId, s, t) ?? error.message;
  }
  return errors;
}
