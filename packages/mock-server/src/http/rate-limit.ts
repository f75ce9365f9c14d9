/**
 * Fixed-window rate limits (sandbox default: 300 requests per 60 s), counted per partner for
 * secret-key calls and per worker (partner + workerRef) for client tokens — not per credential, so
 * minting more tokens buys no more requests. Separately, failed authentications are counted per client
 * address: past `authFailureLimit` in a window every request from that address is 429 until the window
 * ends, whatever credential it carries (so a right guess cannot be told from a wrong one). Both
 * tables are capped (`limits.rateLimitBuckets`, oldest evicted).
 */
import { ProblemError } from '../domain/problem.js';
import type { BoundedMap } from '../store/bounded.js';
import type { Store } from '../store/store.js';
import type { RateWindow } from '../store/types.js';

export interface RateLimitOptions {
  /** Requests per window per partner (secret key) and per worker (client tokens); 0 turns them off. */
  limit: number;
  windowMs: number;
  /** Failed authentications per window per client address before 429; 0 turns the check off. */
  authFailureLimit: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 300, windowMs: 60_000, authFailureLimit: 30 };

export interface RateState {
  headers: Record<string, string>;
}

function headers(limit: number, remaining: number, resetMs: number): Record<string, string> {
  return {
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(Math.max(0, remaining)),
    'RateLimit-Reset': String(Math.max(0, Math.ceil(resetMs / 1000))),
  };
}

/** Headers for a response that counted against no one (unauthenticated, preflight); none when limits are off. */
export function idleRateHeaders(options: RateLimitOptions): Record<string, string> {
  return options.limit > 0 ? headers(options.limit, options.limit, options.windowMs) : {};
}

/** The current window of `key` (a fresh one when the last has ended or the clock went back). */
function windowOf(table: BoundedMap<string, RateWindow>, key: string, now: number, windowMs: number): RateWindow {
  let w = table.get(key);
  if (!w || now >= w.start + windowMs || now < w.start) {
    w = { start: now, count: 0 };
    table.set(key, w);
  }
  return w;
}

function tooMany(detail: string, limit: number, resetMs: number): ProblemError {
  return new ProblemError(429, 'rate_limited', detail, {
    headers: { ...headers(limit, 0, resetMs), 'Retry-After': String(Math.max(1, Math.ceil(resetMs / 1000))) },
  });
}

/** Counts one request against `bucket`; throws 429 `rate_limited` (headers attached) past the limit. */
export function takeRateLimit(store: Store, bucket: string, options: RateLimitOptions): RateState {
  if (options.limit <= 0) return { headers: {} };
  const now = store.now().getTime();
  const w = windowOf(store.rateWindows, bucket, now, options.windowMs);
  const resetMs = w.start + options.windowMs - now;
  if (w.count >= options.limit) {
    throw tooMany(
      `请求过于频繁：每 ${options.windowMs / 1000} 秒最多 ${options.limit} 次。 Too many requests: at most ${options.limit} per ${options.windowMs / 1000} s.`,
      options.limit,
      resetMs,
    );
  }
  w.count++;
  return { headers: headers(options.limit, options.limit - w.count, resetMs) };
}

/** Throws 429 when `address` has failed authentication too often in the current window. */
export function checkAuthFailures(store: Store, address: string, options: RateLimitOptions): void {
  if (options.authFailureLimit <= 0) return;
  const w = store.authFailures.get(address);
  if (!w) return;
  const now = store.now().getTime();
  if (now >= w.start + options.windowMs || now < w.start) return;
  if (w.count >= options.authFailureLimit) {
    throw tooMany(
      `认证失败次数过多，请 ${Math.ceil((w.start + options.windowMs - now) / 1000)} 秒后再试。 Too many failed authentications from this address; try again later.`,
      options.authFailureLimit,
      w.start + options.windowMs - now,
    );
  }
}

/** Counts one failed authentication of `address`. */
export function recordAuthFailure(store: Store, address: string, options: RateLimitOptions): void {
  if (options.authFailureLimit <= 0) return;
  windowOf(store.authFailures, address, store.now().getTime(), options.windowMs).count++;
}
