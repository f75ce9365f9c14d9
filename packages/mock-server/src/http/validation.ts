/**
 * Request validation with the contract's zod/mini schemas (`@unionkit/contract/schemas`, the same the
 * SDK checks before sending): request bodies, queries and path parameters refuse unknown keys, and
 * the contract's one mapping (`toFieldErrors`) turns zod issues into `errors: [{ path, code, message }]`,
 * so the SDK and the sandbox list the same field errors for the same input.
 */
import { toFieldErrors } from '@unionkit/contract';
import * as z from 'zod/mini';
import { validationFailed } from '../domain/problem.js';

/** A zod/mini schema whose output is `T`. */
export type Parser<T> = z.core.$ZodType<T>;

/** A query parameter's JSON type, which decides how its text is read (`array`, `integer`, …). */
export type QueryFieldType = 'array' | 'boolean' | 'integer' | 'number' | 'string' | undefined;

const fieldTypes = new WeakMap<object, Readonly<Record<string, QueryFieldType>>>();

/**
 * The JSON type of each field of an object schema, read once per schema from its JSON Schema
 * (zod's public `toJSONSchema`): what a query's text must be coerced to before validation.
 */
export function queryFieldTypes(schema: Parser<unknown>): Readonly<Record<string, QueryFieldType>> {
  let types = fieldTypes.get(schema);
  if (!types) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: unknown }> };
    const out: Record<string, QueryFieldType> = Object.create(null);
    for (const [key, property] of Object.entries(json.properties ?? {})) {
      out[key] = typeof property.type === 'string' ? (property.type as QueryFieldType) : undefined;
    }
    types = Object.freeze(out);
    fieldTypes.set(schema, types);
  }
  return types;
}

let compiler: (<S extends Parser<unknown>>(schema: S) => S) | undefined;
const compiled = new WeakMap<object, Parser<unknown>>();

/**
 * From now on each schema is compiled once, on first use, by zod's `compile` (generated code: the
 * node server installs it; pages, whose CSP may forbid it, keep the plain schemas). A valid value
 * takes the generated path; one it refuses falls back to zod's own parser, with the very same issues.
 */
export function compileSchemasWith(compile: <S extends Parser<unknown>>(schema: S) => S): void {
  compiler = compile;
}

function prepared<T>(schema: Parser<T>): Parser<T> {
  if (compiler === undefined) return schema;
  let fast = compiled.get(schema);
  if (fast === undefined) compiled.set(schema, (fast = compiler(schema)));
  return fast as Parser<T>;
}

/**
 * Validates `value` with `schema`; throws 422 `validation_failed` listing every problem, unknown
 * fields included. Returns the parsed value.
 */
export function validate<T>(schema: Parser<T>, value: unknown): T {
  const result = z.safeParse(prepared(schema), value);
  if (!result.success) throw validationFailed(toFieldErrors(result.error.issues, value));
  return result.data;
}
