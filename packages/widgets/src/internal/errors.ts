/**
 * What a widget makes of a failure: a code, whether trying again can help, and a friendly message in
 * the worker's language. Never the API's own `detail`, never field values.
 */
import { AbortError, ApiError, ConnectionError, RequestValidationError, TimeoutError, TokenError, isRetryable } from '@unionkit/sdk';
import type { FieldError } from '@unionkit/sdk/types';
import type { ClientErrorCode, Translation, UnionErrorCode } from './localize/translation.js';

export interface UnionErrorInfo {
  /** The API's `ErrorCode`, or one of the widgets' own (`ClientErrorCode`: `network_error`, `provider_missing`, …). */
  code: UnionErrorCode;
  retryable: boolean;
  /** Friendly, localised. */
  message: string;
  /** `Request-Id` to quote to the 12351 hotline, when the API answered. */
  requestId?: string | undefined;
  /** Field problems (`validation_failed`): dotted path and code only; turn codes into text with `t.enums.fieldError`. */
  fieldErrors: ReadonlyArray<Pick<FieldError, 'path' | 'code'>>;
  /** `not_eligible` reasons and the like, when the problem carried them. */
  reasons?: readonly string[] | undefined;
}

/**
 * Failures in how the page is set up: no provider and no client, a secret key in the page, an origin
 * or a component the session does not allow, a provider without its client. Trying again cannot mend
 * them (the platform must), so no 重试 is offered for them.
 */
const SETUP_ERRORS: ReadonlySet<UnionErrorCode> = new Set<UnionErrorCode>([
  'provider_missing',
  'secret_key_in_browser',
  'origin_not_allowed',
  'forbidden_scope',
  'not_configured',
]);

/** Whether to offer 重试 for a failure: always when a retry can help, never for a fault in the page's setup. */
export function offersRetry(error: Pick<UnionErrorInfo, 'code' | 'retryable'>): boolean {
  return error.retryable || !SETUP_ERRORS.has(error.code);
}

/** A failure the widget itself finds (no request was made): `provider_missing`, `not_configured`. */
export function clientError(code: ClientErrorCode, t: Translation): UnionErrorInfo {
  return { code, retryable: false, message: t.errors[code], fieldErrors: [] };
}

/** Whether the failure is the caller's own abort (a widget going away), which is not an error to show. */
export function isAbort(err: unknown): boolean {
  return err instanceof AbortError || (err instanceof Error && err.name === 'AbortError');
}

/** Maps anything thrown by an SDK call to `UnionErrorInfo`. */
export function toErrorInfo(err: unknown, t: Translation): UnionErrorInfo {
  let code: UnionErrorCode = 'unknown_error';
  let retryable = false;
  let requestId: string | undefined;
  let fieldErrors: UnionErrorInfo['fieldErrors'] = [];
  let reasons: string[] | undefined;

  if (err instanceof TimeoutError) {
    code = 'timeout';
    retryable = true;
  } else if (err instanceof ConnectionError) {
    code = 'network_error';
    retryable = true;
  } else if (err instanceof TokenError) {
    // No token, so nothing was sent. A secret key in the page never becomes usable; a fetchToken that
    // failed (or gave no client token) is asked again by a retry.
    code = err.code === 'secret_key_in_browser' ? 'secret_key_in_browser' : 'token_fetch_failed';
    retryable = code === 'token_fetch_failed';
  } else if (err instanceof RequestValidationError) {
    code = 'validation_failed';
    fieldErrors = err.errors.map(({ path, code }) => ({ path, code }));
  } else if (err instanceof ApiError) {
    const known = err.code && err.code in t.errors;
    code = known ? (err.code as UnionErrorCode) : err.status >= 500 ? 'server_error' : 'unknown_error';
    // A token that expired again after the SDK's own refresh: trying again refreshes it once more.
    retryable = isRetryable(err) || err.code === 'token_expired';
    requestId = err.requestId;
    fieldErrors = err.errors.map(({ path, code }) => ({ path, code }));
    const r = err.problem?.['reasons'];
    if (Array.isArray(r)) reasons = (r as unknown[]).filter((x): x is string => typeof x === 'string');
  }
  return { code, retryable, message: t.errors[code], requestId, fieldErrors, reasons };
}
