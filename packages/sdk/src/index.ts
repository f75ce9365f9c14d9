/**
 * `@unionkit/sdk`: the typed client of the UnionKit API, for browsers and servers.
 * No Node built-ins, nothing touched at import time. Server-only helpers (session minting with the
 * secret key, webhook verification) are in `@unionkit/sdk/server`.
 */
export { UnionClient } from './client.js';
export {
  MAX_REQUEST_BODY_BYTES,
  UnionCore,
  path,
  type ClientLocale,
  type ClientOptions,
  type JsonOperation,
  type ListOperation,
  type Query,
  type RequestOptions,
  type SandboxScenario,
} from './core/client.js';
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PaginationError,
  PermissionError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  TokenError,
  UnionKitError,
  ValidationError,
  errorClassFor,
  makeApiError,
  parseRetryAfter,
  type ProblemCode,
  type ProblemDetails,
} from './core/errors.js';
export { newIdempotencyKey } from './core/idempotency.js';
export { Page, PagePromise } from './core/pagination.js';
export { defaultRetryDelay, isRetryable, type RetryDelay, type RetryInfo } from './core/retry.js';
export { toFieldErrors } from './core/validation.js';
export * from './resources/index.js';
export * from './validators.js';
export type * from './types.js';
