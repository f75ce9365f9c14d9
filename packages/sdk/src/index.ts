/**
 * `@unionkit/sdk`: the typed client of the UnionKit API, for browsers and servers.
 * No Node built-ins, nothing touched at import time. Server-only helpers (session minting with the
 * secret key, webhook verification) are in `@unionkit/sdk/server`.
 *
 * Exported here is what the README describes: the client (and `UnionCore` with one resource class
 * per namespace, for bundles that want only some), its options, typed errors, pages, idempotency
 * keys, the validators and every schema type. The machinery behind them (the error factory, retry
 * delays, field-error mapping) is not part of the public surface.
 */
export { UnionClient } from './client.js';
export {
  MAX_REQUEST_BODY_BYTES,
  UnionCore,
  path,
  type ClientLocale,
  type ClientOptions,
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
  isUnionKitError,
  type ProblemCode,
  type ProblemDetails,
  type TokenErrorCode,
} from './core/errors.js';
export { newIdempotencyKey } from './core/idempotency.js';
export { Page, PagePromise } from './core/pagination.js';
export { isRetryable, type RetryDelay, type RetryInfo } from './core/retry.js';
export * from './resources/index.js';
export * from './validators.js';
export type * from './types.js';
