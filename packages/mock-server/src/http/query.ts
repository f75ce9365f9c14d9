/**
 * Query strings, validated with the contract's generated `zXxxQuery` schemas (the SDK's own). Values
 * arrive as text, so each is first coerced by the type its schema expects: numbers and booleans
 * parsed when they look like one (else left as text for zod to reject), arrays split on commas
 * (`style: form, explode: false`; repeated parameters are accepted too). Unknown parameters are
 * `unknown_field`.
 */
import { fieldError, validationFailed } from '../domain/problem.js';
import { queryFieldTypes, validate, type Parser } from './validation.js';

export interface QuerySpec<Q> {
  parse(params: URLSearchParams): Q;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Coerces the text values of `params` by `schema`'s field types. */
export function coerceQuery(schema: Parser<unknown>, params: URLSearchParams): Record<string, unknown> {
  // No prototype: `?__proto__=x` is a key like any other (an unknown parameter), not a setter.
  const out = Object.create(null) as Record<string, unknown>;
  const types = queryFieldTypes(schema);
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    switch (types[key]) {
      case 'array':
        out[key] = values.flatMap((v) => v.split(','));
        break;
      case 'number':
      case 'integer':
        out[key] = values.length === 1 && NUMBER.test(values[0]!) ? Number(values[0]) : values.length === 1 ? values[0] : values;
        break;
      case 'boolean':
        out[key] = values.length === 1 && (values[0] === 'true' || values[0] === 'false') ? values[0] === 'true' : values.length === 1 ? values[0] : values;
        break;
      default:
        out[key] = values.length === 1 ? values[0] : values;
    }
  }
  return out;
}

/** A query validated by `schema`, then turned into what the domain takes by `map` (which may throw). */
export function query<Raw, Q>(schema: Parser<Raw>, map: (raw: Raw) => Q): QuerySpec<Q> {
  return { parse: (params) => map(validate(schema, coerceQuery(schema, params))) };
}

/** Operations without query parameters reject any. */
export function rejectQuery(params: URLSearchParams): void {
  const keys = [...new Set(params.keys())];
  if (keys.length > 0) {
    throw validationFailed(keys.map((k) => fieldError(k, 'unknown_field', '不支持该查询参数。 This query parameter is not recognised.')));
  }
}
