/**
 * When to retry and how long to wait. Retries are the SDK's own (ky's are off), so the rules live here.
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
