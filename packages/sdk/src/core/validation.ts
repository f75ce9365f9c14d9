/**
 * Runs the contract's zod/mini schemas on request bodies (before sending) and on response bodies
 * (before returning). Schema issues become the API's own field errors through the contract's one
 * mapping (`toFieldErrors`), so a body the SDK refuses lists the same `errors[]` the API would.
 *
 * Request schemas are strict (an unknown key or enum value is refused before sending); response
 * schemas are tolerant, generated so (docs/api-behaviour.md, "Compatibility"): unknown keys are kept
 * and unknown enum values pass, so the API can add without breaking a caller. Only a body that cannot
 * be used — a missing required field, a wrong primitive type — throws `ResponseValidationError`.
 *
 * Where code can be generated (Node: the SDK's `node` entry installs zod's `compile`), each schema is
 * compiled once, the first time it is used: a valid body takes the compiled path (about 15× faster
 * for a service point), an invalid one falls back to zod's own parser, so the result, the kept
 * unknown keys and every issue are what zod alone gives. Browsers keep the plain schemas (the
 * compiler is not in their bundle).
 */
import { toFieldErrors } from '@unionkit/contract';
import * as z from 'zod/mini';
import { RequestValidationError, ResponseValidationError } from './errors.js';

/** Any zod/mini (or zod) schema. */
export type Schema<T = unknown> = z.core.$ZodType<T>;

/** Turns a schema into one that parses the same, faster (zod's `compile`). */
export type SchemaCompiler = <S extends Schema>(schema: S) => S;

let compiler: SchemaCompiler | undefined;
const compiled = new WeakMap<Schema, Schema>();

/** Compiles every schema the SDK runs from now on, each once (called by the `node` entry). */
export function useSchemaCompiler(compile: SchemaCompiler): void {
  compiler = compile;
}

function prepared<T>(schema: Schema<T>): Schema<T> {
  if (compiler === undefined) return schema;
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = compiler(schema);
    compiled.set(schema, fast);
  }
  return fast as Schema<T>;
}

/** Validates a request body; throws `RequestValidationError` (nothing is sent) when it breaks the schema. */
export function validateRequestBody<T>(schema: Schema<T>, body: unknown): T {
  const result = z.safeParse(prepared(schema), body);
  if (!result.success) throw new RequestValidationError(toFieldErrors(result.error.issues, body));
  // Send what the caller gave: the schema only judges it.
  return body as T;
}

/** Parses a response body; throws `ResponseValidationError` when it breaks the schema. */
export function parseResponseBody<T>(schema: Schema<T>, body: unknown, status: number, headers: Headers): T {
  const result = z.safeParse(prepared(schema), body);
  if (!result.success) throw new ResponseValidationError(status, headers, result.error.issues);
  return result.data;
}
