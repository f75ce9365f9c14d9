/**
 * Field errors: the one mapping from zod issues to the API's `FieldError`s (`validation_failed`'s
 * `errors[]`), with the messages in Simplified Chinese and English. The SDK (before sending) and the
 * sandbox (on receiving) both use it, so the same input gives the same `errors[]` on both sides.
 */
import type * as z from 'zod/mini';
import type { FieldError } from './generated/openapi.js';

export type FieldErrorCode = FieldError['code'];

/** A message in both languages: `[zh-CN, en]`. */
export type FieldErrorText = readonly [zh: string, en: string];

/** Each code's own message, Simplified Chinese and English. */
export const FIELD_ERROR_MESSAGES: Readonly<Record<FieldErrorCode, FieldErrorText>> = {
  required: ['此项为必填。', 'This field is required.'],
  invalid_type: ['类型不正确。', 'This field has the wrong type.'],
  invalid_format: ['格式不正确。', 'This field has the wrong format.'],
  invalid_checksum: ['校验位不正确。', 'The check digit is wrong.'],
  invalid_value: ['取值无效。', 'This value is not allowed.'],
  too_small: ['数值或长度过小。', 'This value is too small or too short.'],
  too_big: ['数值或长度过大。', 'This value is too big or too long.'],
  unknown_field: ['不支持该字段。', 'This field is not recognised.'],
};

/** The message the API sends: the Chinese, then the English. */
const both = ([zh, en]: FieldErrorText): string => `${zh} ${en}`;

/** The bilingual message of a field-error code (Chinese first). */
export function fieldErrorMessage(code: FieldErrorCode): string {
  return both(FIELD_ERROR_MESSAGES[code]);
}

/** A `FieldError`, with the code's own message unless one is given. */
export function fieldError(path: string, code: FieldErrorCode, message?: string): FieldError {
  return { path, code, message: message ?? fieldErrorMessage(code) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Dotted path: `consents.0.purpose`. */
const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const n = String(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
    const unit = issue.origin === 'string' ? 'characters' : 'items';
    return small ? `长度不能少于 ${n}。 Must have at least ${n} ${unit}.` : `长度不能超过 ${n}。 Must have at most ${n} ${unit}.`;
  }
  return small ? `不能小于 ${n}。 Must be at least ${n}.` : `不能大于 ${n}。 Must be at most ${n}.`;
}

/**
 * Maps schema issues to `FieldError`s. A missing value is `required`; an unknown key is
 * `unknown_field` at its own path; a custom issue may name its code in `params.fieldCode` and keeps
 * its own message. Repeated (path, code) pairs are listed once.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = dotted(issue.path);
    const missing = valueAt(input, issue.path) === undefined;
    switch (issue.code) {
      case 'invalid_type':
        out.push(missing ? fieldError(path, 'required') : fieldError(path, 'invalid_type', `类型不正确，应为 ${issue.expected}。 Wrong type: expected ${issue.expected}.`));
        break;
      case 'invalid_union':
        out.push(fieldError(path, missing ? 'required' : 'invalid_type'));
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(fieldError(dotted([...issue.path, key]), 'unknown_field'));
        break;
      case 'too_small':
      case 'too_big':
        out.push(fieldError(path, issue.code, sizeMessage(issue)));
        break;
      case 'invalid_format':
        out.push(fieldError(path, 'invalid_format'));
        break;
      case 'invalid_value': {
        const values = issue.values.map(String).join(', ');
        out.push(fieldError(path, 'invalid_value', values ? `取值无效，可选：${values}。 Not allowed; expected one of: ${values}.` : undefined));
        break;
      }
      case 'custom': {
        const fieldCode = (issue.params as { fieldCode?: unknown } | undefined)?.fieldCode;
        const code = typeof fieldCode === 'string' && Object.hasOwn(FIELD_ERROR_MESSAGES, fieldCode) ? (fieldCode as FieldErrorCode) : 'invalid_value';
        out.push(fieldError(path, code, issue.message || undefined));
        break;
      }
      default:
        // invalid_key, invalid_element, not_multiple_of
        out.push(fieldError(path, 'invalid_value'));
    }
  }
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.path}\u0000${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
