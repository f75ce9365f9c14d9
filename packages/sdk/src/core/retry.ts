/**
 * When to retry and how long to wait. The retry loop is the SDK's own (`UnionCore.#send`), over the
 * platform's `fetch`, rather than an HTTP library's (ky's was the candidate). Why:
 *
 * - Which failures to retry depends on the problem's `code`, not only the status: 409 is retried only
 *   for `request_in_progress`, 429 only for `rate_limited` (never `sms_attempts_exceeded`). A
 *   library's status list cannot say that; its `shouldRetry` hook would parse every failed body once
 *   more, and answering `true` there skips its `Retry-After` handling.
 * - A 401 `token_expired` gets a fresh token and one more try that does not count against
 *   `maxRetries`; a library's forced retries count against its limit.
 * - `retryDelay` is public and is told `Retry-After` and the error (`RetryInfo`); a library decides
 *   `Retry-After` itself and gives its delay function only the attempt number.
 * - What is left for a library is a timeout and an abort, which `AbortController` does natively,
 *   while ky costs 13.9 KB minified (4.3 KB gzip) of the 30 KB shared bundle budget on every page, and
 *   clones each request, counted against the SDK's 10 % overhead budget over a bare `fetch`.
 */
import { AbortError, ApiError, ConnectionError, type UnionKitError } from './errors.js';

/** What a retry-delay function is told about the retry to come. */
export interface RetryInfo {
  /** 0 for the first retry, 1 for the second, … */
  retry: number;
  /** `Retry-After` of the failed response, in seconds, when it sent one. */
  retryAfterSec: number | undefined;
  /** Why the previous attempt failed. */
  error: UnionKitError;
}

/** Milliseconds to wait before a retry. */
export type RetryDelay = (info: RetryInfo) => number;

export const RETRY_BASE_MS = 500;
export const RETRY_MAX_MS = 8_000;
export const RETRY_AFTER_CAP_SEC = 60;

/**
 * The default wait: `Retry-After` when the API sent it (capped at 60 s), otherwise exponential
 * backoff 0.5 s × 2ⁿ with ±25 % jitter, at most 8 s.
 */
export const defaultRetryDelay: RetryDelay = ({ retry, retryAfterSec }) => {
  if (retryAfterSec !== undefined) return Math.min(retryAfterSec, RETRY_AFTER_CAP_SEC) * 1000;
  const base = RETRY_BASE_MS * 2 ** Math.min(retry, 16);
  return Math.min(Math.round(base * (0.75 + Math.random() * 0.5)), RETRY_MAX_MS);
};

const RETRYABLE_429 = new Set([undefined, 'rate_limited']);

/**
 * Whether another attempt can help: no response (connection error, timeout), 408, 409
 * `request_in_progress`, 429 `rate_limited` (not `sms_attempts_exceeded`), any 5xx.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof AbortError) return false;
  if (error instanceof ConnectionError) return true;
  if (!(error instanceof ApiError)) return false;
  const { status, code } = error;
  if (status === 408) return true;
  if (status === 409) return code === 'request_in_progress';
  if (status === 429) return RETRYABLE_429.has(code);
  return status >= 500;
}

/** Resolves after `ms`, or rejects with `AbortError` as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError(undefined, { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
