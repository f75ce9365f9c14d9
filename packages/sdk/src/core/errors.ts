/**
 * Every error the SDK throws. One hierarchy, built in one place:
 *
 * ```
 * UnionKitError
 * ├── ApiError                     the API answered with a problem (RFC 9457)
 * │   ├── BadRequestError          400
 * │   ├── AuthenticationError      401
 * │   ├── PermissionError          403
 * │   ├── NotFoundError            404
 * │   ├── ConflictError            409
 * │   ├── ValidationError          415, 422
 * │   ├── RateLimitError           429
 * │   └── ServerError              ≥ 500
 * ├── ConnectionError              no response (network down, DNS, CORS, reset)
 * │   └── TimeoutError             no response within `timeoutMs`
 * ├── AbortError                   the caller's `AbortSignal` fired
 * ├── TokenError                   `getToken` failed or gave an unusable token; nothing was sent
 * ├── PaginationError              the API repeated a cursor: the list would never end
 * ├── RequestValidationError       the request breaks the contract (body, size, key); nothing was sent
 * └── ResponseValidationError      the API's answer breaks the contract
 * ```
 *
 * `makeApiError()` is the only place that maps a status to a class. Branch on classes and `code`,
 * never on `status` numbers.
 *
 * Errors are recognised across copies of this package (a partner's bundle beside the widgets', two
 * versions side by side): every class carries a brand under the registered symbol
 * `Symbol.for('unionkit.error')` naming its kinds, and `instanceof` reads it (`Symbol.hasInstance`),
 * so `err instanceof ApiError` holds for an `ApiError` of another copy; `isUnionKitError(x)` says the same.
 *
 * No error carries a credential: messages, stacks and causes are redacted (`./redact.ts`), a cause
 * keeps its name, message and debugging codes but never the request (and its `Authorization`) that a
 * fetch library hung on it, and an `ApiError`'s problem and headers are copies without credentials.
 */
import type { z } from 'zod/mini';
import type { ErrorCode, FieldError, Problem } from '@unionkit/contract';
import { redact, redactHeaders, redactJson, safeCause } from './redact.js';

/** A problem code of the contract, or one added to it after this SDK was built. */
export type ProblemCode = ErrorCode | (string & {});

/** Problem details as the API sends them; the contract may add members (e.g. `reasons`). */
export type ProblemDetails = Problem & { [member: string]: unknown };

/**
 * The key of the brand every SDK error carries (on its prototype, not enumerable): the kinds of the
 * error from `UnionKitError` down to its own class, e.g. `['UnionKitError', 'ApiError', 'NotFoundError']`.
 * Registered (`Symbol.for`), so every copy of the SDK in one app reads the same key.
 */
export const ERROR_BRAND: unique symbol = Symbol.for('unionkit.error');

/** The kind each class of this copy stands for (its own, not inherited). */
const KIND_OF = new WeakMap<object, string>();

/** The kinds an error says it is, whichever copy of the SDK made it; empty for anything else. */
function kindsOf(value: unknown): readonly unknown[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return [];
  const kinds = (value as { [ERROR_BRAND]?: unknown })[ERROR_BRAND];
  return Array.isArray(kinds) ? kinds : [];
}

/**
 * Brands `Class` as `kind`: its instances carry their parent's kinds and this one, and
 * `x instanceof Class` holds for any error that carries `kind`. `kind` is also the errors' `name`
 * (on the prototype, as `Error`'s own, so a stack starts `NotFoundError: …`): a stable name, never
 * `Class.name`, which a minifier renames. Every error class of the SDK is branded (`server/` ones too);
 * this machinery is not exported from the package.
 */
export function brand(Class: abstract new (...args: never[]) => UnionKitError, kind: string): void {
  Object.defineProperties(Class.prototype, {
    [ERROR_BRAND]: { value: Object.freeze([...kindsOf(Object.getPrototypeOf(Class.prototype)), kind]) },
    name: { value: kind, writable: true, configurable: true },
  });
  KIND_OF.set(Class, kind);
}

/** Base class of every error the SDK throws. Its message and cause are stripped of credentials. */
export class UnionKitError extends Error {
  declare readonly [ERROR_BRAND]: readonly string[];
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message === undefined ? undefined : redact(message), options && 'cause' in options ? { cause: safeCause(options.cause) } : undefined);
  }

  /**
   * `x instanceof ApiError` (or any SDK error class): made by this class, or carrying its brand — an
   * error of another copy of the SDK. A partner's own subclass, which has no brand of its own, is
   * matched by its prototype alone.
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const kind = KIND_OF.get(this);
    return kind !== undefined && kindsOf(value).includes(kind);
  }
}

/** Whether `value` is an error of the SDK, from this copy of it or another. */
export function isUnionKitError(value: unknown): value is UnionKitError {
  return value instanceof UnionKitError;
}

/** The API answered with a non-2xx status. */
export class ApiError extends UnionKitError {
  /** HTTP status. */
  readonly status: number;
  /** Stable machine code (`validation_failed`, `token_expired`, …); `undefined` if the body was not a problem. */
  readonly code: ProblemCode | undefined;
  /** The problem body, when the API sent one. */
  readonly problem: ProblemDetails | undefined;
  /** `Request-Id` of the response: quote it when asking for support. */
  readonly requestId: string | undefined;
  /** Field problems (`validation_failed`); empty otherwise. */
  readonly errors: FieldError[];
  /** The response's headers, without `Set-Cookie` and the like. */
  readonly headers: Headers;

  constructor(status: number, problem: ProblemDetails | undefined, headers: Headers, message?: string) {
    super(message ?? ApiError.describe(status, problem));
    this.status = status;
    this.problem = problem && redactJson(problem);
    this.code = this.problem?.code;
    this.headers = redactHeaders(headers);
    this.requestId = this.problem?.requestId ?? this.headers.get('request-id') ?? undefined;
    this.errors = Array.isArray(this.problem?.errors) ? this.problem.errors : [];
  }

  private static describe(status: number, problem: ProblemDetails | undefined): string {
    if (!problem) return `${status} (no problem details in the response)`;
    const text = problem.detail ?? problem.title;
    return `${status} ${problem.code}${text ? `: ${text}` : ''}`;
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
/** 422 (the body or query is not acceptable) and 415 (the body is not JSON). */
export class ValidationError extends ApiError {}
export class RateLimitError extends ApiError {
  /** Seconds to wait, from `Retry-After`; `undefined` when the API did not say. */
  readonly retryAfter: number | undefined;
  constructor(status: number, problem: ProblemDetails | undefined, headers: Headers, message?: string) {
    super(status, problem, headers, message);
    this.retryAfter = parseRetryAfter(headers.get('retry-after'));
  }
}
export class ServerError extends ApiError {}

/** No response: the network failed, the host was unreachable, or CORS refused it. */
export class ConnectionError extends UnionKitError {
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No response within the request's `timeoutMs`. */
export class TimeoutError extends ConnectionError {
  constructor(message = 'Request timed out.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The caller aborted the request through its `AbortSignal`. Its `name` is `'AbortError'`, like the
 * platform's, so code that checks `err.name === 'AbortError'` keeps working.
 */
export class AbortError extends UnionKitError {
  constructor(message = 'Request was aborted.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Why a `TokenError`: `getToken` failed or gave no token, or a secret key reached a browser. */
export type TokenErrorCode = 'token_fetch_failed' | 'secret_key_in_browser';

/**
 * No usable token: `getToken` threw or gave something that is not a token (`token_fetch_failed`; the
 * cause is what it threw, stripped of credentials), or a secret key reached a browser or a web worker
 * (`secret_key_in_browser`, at construction or from `getToken`). Nothing was sent.
 */
export class TokenError extends UnionKitError {
  readonly code: TokenErrorCode;
  constructor(message: string, options: { cause?: unknown; code?: TokenErrorCode } = {}) {
    const { code = 'token_fetch_failed', ...rest } = options;
    super(message, rest);
    this.code = code;
  }
}

/**
 * The API answered a cursor it had already answered in this walk through a list, so following it
 * would never end. The pages read so far were yielded; the walk stops here.
 */
export class PaginationError extends UnionKitError {}

/**
 * The request breaks the contract (its body, its size, its idempotency key); nothing was sent. `errors` has the same shape as the API's
 * `validation_failed` problem, e.g. `{ path: 'residentIdNumber', code: 'invalid_checksum', message }`.
 */
export class RequestValidationError extends UnionKitError {
  readonly code = 'validation_failed' as const;
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(`Request body is not valid: ${errors.map((e) => `${e.path || '(body)'} ${e.code}`).join(', ')}`);
    this.errors = errors;
  }
}

/** The API answered 2xx with a body that breaks the contract; the data is not returned. */
export class ResponseValidationError extends UnionKitError {
  readonly status: number;
  readonly requestId: string | undefined;
  /** The schema's issues (no input values are copied into them). */
  readonly issues: z.core.$ZodIssue[];
  constructor(status: number, headers: Headers, issues: z.core.$ZodIssue[], message?: string) {
    super(
      message ??
        `Response breaks the contract: ${issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
          .join('; ')}`,
    );
    this.status = status;
    this.requestId = headers.get('request-id') ?? undefined;
    this.issues = issues;
  }
}

brand(UnionKitError, 'UnionKitError');
brand(ApiError, 'ApiError');
brand(BadRequestError, 'BadRequestError');
brand(AuthenticationError, 'AuthenticationError');
brand(PermissionError, 'PermissionError');
brand(NotFoundError, 'NotFoundError');
brand(ConflictError, 'ConflictError');
brand(ValidationError, 'ValidationError');
brand(RateLimitError, 'RateLimitError');
brand(ServerError, 'ServerError');
brand(ConnectionError, 'ConnectionError');
brand(TimeoutError, 'TimeoutError');
brand(AbortError, 'AbortError');
brand(TokenError, 'TokenError');
brand(PaginationError, 'PaginationError');
brand(RequestValidationError, 'RequestValidationError');
brand(ResponseValidationError, 'ResponseValidationError');

/** `Retry-After` as seconds (delta-seconds or an HTTP date); `undefined` if absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function asProblem(body: unknown): ProblemDetails | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.code !== 'string') return undefined;
  return b as ProblemDetails;
}

/**
 * Builds the error for a non-2xx response: the one place where a status becomes a class.
 * `body` is the parsed problem, or anything else the server sent (text, `undefined`).
 */
export function makeApiError(status: number, body: unknown, headers: Headers | HeadersInit = {}): ApiError {
  const h = headers instanceof Headers ? headers : new Headers(headers);
  const problem = asProblem(body);
  const Class = errorClassFor(status);
  return new Class(status, problem, h);
}

/** Status → `ApiError` subclass; other statuses are `ServerError` from 500, else `ApiError`. */
const CLASS_OF_STATUS: Readonly<Record<number, typeof ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  409: ConflictError,
  415: ValidationError,
  422: ValidationError,
  429: RateLimitError,
};

/** The `ApiError` subclass for a status. */
export function errorClassFor(status: number): typeof ApiError {
  return CLASS_OF_STATUS[status] ?? (status >= 500 ? ServerError : ApiError);
}
