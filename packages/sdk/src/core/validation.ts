/**
 * Runs the contract's zod/mini schemas on request bodies (before sending) and on response bodies
 * (before returning), and turns schema issues into the API's own field-error shape.
 */
import * as z from 'zod/mini';
import type { FieldError } from '../generated/openapi.js';
import { RequestValidationError, ResponseValidationError } from './errors.js';

/** Any zod/mini (or zod) schema. */
export type Schema<T = unknown> = z.core.$ZodType<T>;

type FieldCode = FieldError['code'];

const MESSAGES: Record<FieldCode, string> = {
  required: '必填。 This field is required.',
  invalid_type: '类型不正确。 This value has the wrong type.',
  invalid_format: '格式不正确。 This value is not in the expected format.',
  invalid_checksum: '校验位不正确。 The check digit is wrong.',
  invalid_value: '不是允许的值。 This value is not allowed.',
  too_small: '太短或太小。 This value is too short or too small.',
  too_big: '太长或太大。 This value is too long or too big.',
  unknown_field: '未知字段。 This field is not part of the request.',
};

const FIELD_CODES = new Set<string>(Object.keys(MESSAGES));

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Maps schema issues to `FieldError`s, the shape of the API's `validation_failed` problem.
 * A missing value is `required`; a custom issue may name its code in `params.fieldCode`.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = dotted(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const code: FieldCode = valueAt(input, issue.path) === undefined ? 'required' : 'invalid_type';
        out.push({ path, code, message: MESSAGES[code] });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ path: dotted([...issue.path, key]), code: 'unknown_field', message: MESSAGES.unknown_field });
        }
        break;
      case 'invalid_format':
      case 'too_small':
      case 'too_big':
      case 'invalid_value':
        out.push({ path, code: issue.code, message: MESSAGES[issue.code] });
        break;
      case 'custom': {
        const fieldCode = (issue.params as { fieldCode?: unknown } | undefined)?.fieldCode;
        const code: FieldCode =
          typeof fieldCode === 'string' && FIELD_CODES.has(fieldCode) ? (fieldCode as FieldCode) : 'invalid_value';
        out.push({ path, code, message: issue.message || MESSAGES[code] });
        break;
      }
      default:
        // invalid_union, invalid_key, invalid_element, not_multiple_of
        out.push({ path, code: 'invalid_value', message: MESSAGES.invalid_value });
    }
  }
  return out;
}

/** Validates a request body; throws `RequestValidationError` (nothing is sent) when it breaks the schema. */
export function validateRequestBody<T>(schema: Schema<T>, body: unknown): T {
  const result = z.safeParse(schema, body);
  if (!result.success) throw new RequestValidationError(toFieldErrors(result.error.issues, body));
  // Send what the caller gave: the schema only judges it.
  return body as T;
}

/** Parses a response body; throws `ResponseValidationError` when it breaks the schema. */
export function parseResponseBody<T>(schema: Schema<T>, body: unknown, status: number, headers: Headers): T {
  const result = z.safeParse(schema, body);
  if (!result.success) throw new ResponseValidationError(status, headers, result.error.issues);
  return result.data;
}
