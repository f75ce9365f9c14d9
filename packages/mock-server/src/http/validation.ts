/**
 * Request bodies are validated with the SDK's own zod/mini schemas (generated from the contract, plus
 * the resident-ID check digit), and zod issues become `errors: [{ path, code, message }]`.
 * The generated objects strip unknown keys, so unknown fields are found here by walking the schema.
 */
import type { FieldError } from '@unionkit/sdk/types';
import { FIELD_MESSAGES, fieldError, validationFailed, type FieldErrorCode } from '../domain/problem.js';

/** The part of a zod (mini) schema this module uses. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly ZodIssueLike[] } };
}

interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  params?: Record<string, unknown>;
}

export interface ZodDefLike {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDefLike } }>;
  innerType?: { _zod: { def: ZodDefLike } };
  element?: { _zod: { def: ZodDefLike } };
  left?: { _zod: { def: ZodDefLike } };
  right?: { _zod: { def: ZodDefLike } };
  in?: { _zod: { def: ZodDefLike } };
  valueType?: { _zod: { def: ZodDefLike } };
  options?: readonly { _zod: { def: ZodDefLike } }[];
}

const defOf = (schema: unknown): ZodDefLike | undefined =>
  (schema as { _zod?: { def?: ZodDefLike } } | undefined)?._zod?.def;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dotted path: `consents.0.purpose`. */
export const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** The set of keys an object schema knows, or `null` when it is not an object schema (or is open). */
function knownKeys(def: ZodDefLike | undefined): Set<string> | null {
  if (!def) return null;
  switch (def.type) {
    case 'object':
      return new Set(Object.keys(def.shape ?? {}));
    case 'intersection': {
      const l = knownKeys(defOf(def.left));
      const r = knownKeys(defOf(def.right));
      if (!l || !r) return null;
      return new Set([...l, ...r]);
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'nonoptional':
    case 'readonly':
      return knownKeys(defOf(def.innerType));
    case 'pipe':
      return knownKeys(defOf(def.in));
    default:
      return null;
  }
}

function childDef(def: ZodDefLike | undefined, key: string): ZodDefLike | undefined {
  if (!def) return undefined;
  switch (def.type) {
    case 'object':
      return defOf(def.shape?.[key]);
    case 'intersection':
      return childDef(defOf(def.left), key) ?? childDef(defOf(def.right), key);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'nonoptional':
    case 'readonly':
      return childDef(defOf(def.innerType), key);
    case 'pipe':
      return childDef(defOf(def.in), key);
    default:
      return undefined;
  }
}

function elementDef(def: ZodDefLike | undefined): ZodDefLike | undefined {
  if (!def) return undefined;
  if (def.type === 'array') return defOf(def.element);
  if (['optional', 'nullable', 'default', 'nonoptional', 'readonly'].includes(def.type)) return elementDef(defOf(def.innerType));
  if (def.type === 'pipe') return elementDef(defOf(def.in));
  return undefined;
}

/** The def of field `key` of an object schema, with optional/default/nullable wrappers removed. */
export function baseDefOf(schema: unknown, key: string): ZodDefLike | undefined {
  let def = childDef(defOf(schema), key);
  while (def && ['optional', 'nullable', 'default', 'nonoptional', 'readonly', 'pipe'].includes(def.type)) {
    def = def.type === 'pipe' ? defOf(def.in) : defOf(def.innerType);
  }
  return def;
}

/** Paths of fields in `value` that `schema` does not declare. */
export function unknownFields(schema: unknown, value: unknown, path: PropertyKey[] = []): string[] {
  const def = defOf(schema) ?? (schema as ZodDefLike | undefined);
  return walkUnknown(def, value, path);
}

function walkUnknown(def: ZodDefLike | undefined, value: unknown, path: PropertyKey[]): string[] {
  if (!def) return [];
  const out: string[] = [];
  if (def.type === 'record' && defOf(def.valueType)?.type === 'never' && isPlainObject(value)) {
    // `{}`-only bodies (EventRegistrationCreate): every key is unknown.
    for (const key of Object.keys(value)) out.push(dotted([...path, key]));
    return out;
  }
  const keys = knownKeys(def);
  if (keys && isPlainObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (!keys.has(key)) out.push(dotted([...path, key]));
      else out.push(...walkUnknown(childDef(def, key), v, [...path, key]));
    }
    return out;
  }
  const el = elementDef(def);
  if (el && Array.isArray(value)) {
    value.forEach((v, i) => out.push(...walkUnknown(el, v, [...path, i])));
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

const bound = (n: number | bigint | undefined) => (n === undefined ? '' : String(n));

function messageFor(code: FieldErrorCode, issue: ZodIssueLike): string {
  const isLength = issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set';
  switch (code) {
    case 'too_small':
      return isLength
        ? `长度不能少于 ${bound(issue.minimum)}。 Must have at least ${bound(issue.minimum)} ${issue.origin === 'string' ? 'characters' : 'items'}.`
        : `不能小于 ${bound(issue.minimum)}。 Must be at least ${bound(issue.minimum)}.`;
    case 'too_big':
      return isLength
        ? `长度不能超过 ${bound(issue.maximum)}。 Must have at most ${bound(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}.`
        : `不能大于 ${bound(issue.maximum)}。 Must be at most ${bound(issue.maximum)}.`;
    case 'invalid_type':
      return issue.expected
        ? `类型不正确，应为 ${issue.expected}。 Wrong type: expected ${issue.expected}.`
        : FIELD_MESSAGES.invalid_type;
    case 'invalid_value':
      return issue.values && issue.values.length > 0
        ? `取值无效，可选：${issue.values.map(String).join(', ')}。 Not allowed; expected one of: ${issue.values.map(String).join(', ')}.`
        : FIELD_MESSAGES.invalid_value;
    default:
      return FIELD_MESSAGES[code];
  }
}

/** zod issues → field errors. */
export function issuesToFieldErrors(issues: readonly ZodIssueLike[], input: unknown, prefix: PropertyKey[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'invalid_type': {
        const missing = valueAt(input, issue.path) === undefined;
        out.push(fieldError(dotted(path), missing ? 'required' : 'invalid_type', missing ? FIELD_MESSAGES.required : messageFor('invalid_type', issue)));
        break;
      }
      case 'too_small':
      case 'too_big':
        out.push(fieldError(dotted(path), issue.code, messageFor(issue.code, issue)));
        break;
      case 'invalid_format':
        out.push(fieldError(dotted(path), 'invalid_format'));
        break;
      case 'invalid_value':
        out.push(fieldError(dotted(path), 'invalid_value', messageFor('invalid_value', issue)));
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys ?? []) out.push(fieldError(dotted([...path, key]), 'unknown_field'));
        break;
      case 'invalid_union': {
        const missing = valueAt(input, issue.path) === undefined;
        out.push(fieldError(dotted(path), missing ? 'required' : 'invalid_type'));
        break;
      }
      case 'custom': {
        const code = (issue.params?.['fieldCode'] as FieldErrorCode | undefined) ?? 'invalid_value';
        out.push(fieldError(dotted(path), code, issue.message || FIELD_MESSAGES[code]));
        break;
      }
      default:
        out.push(fieldError(dotted(path), 'invalid_value'));
    }
  }
  return out;
}

/**
 * Validates `value` with `schema`; throws 422 `validation_failed` listing every problem, unknown
 * fields included. Returns the parsed value.
 */
export function validate<T>(schema: Parser<T>, value: unknown): T {
  const unknown = unknownFields(schema, value);
  const result = schema.safeParse(value);
  const errors: FieldError[] = unknown.map((p) => fieldError(p, 'unknown_field'));
  if (!result.success) {
    const flagged = new Set(unknown);
    for (const e of issuesToFieldErrors(result.error.issues, value)) {
      if (!flagged.has(e.path)) errors.push(e);
    }
  }
  if (errors.length > 0) throw validationFailed(dedupe(errors));
  return (result as { data: T }).data;
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}\u0000${e.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
