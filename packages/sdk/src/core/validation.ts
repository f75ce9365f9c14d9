/**
 * Runs the contract's zod/mini schemas on request bodies (before sending) and on response bodies
 * (before returning). Schema issues become the API's own field errors through the contract's one
 * mapping (`toFieldErrors`), so a body the SDK refuses lists the same `errors[]` the API would.
 */
import { toFieldErrors } from '@unionkit/contract';
import * as z from 'zod/mini';
import { RequestValidationError, ResponseValidationError } from './errors.js';

/** Any zod/mini (or zod) schema. */
export type Schema<T = unknown> = z.core.$ZodType<T>;

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
