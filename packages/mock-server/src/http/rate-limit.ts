/** Fixed-window rate limits per credential (sandbox default: 300 requests per 60 s). */
import { ProblemError } from '../domain/problem.js';
import type { Store } from '../store/store.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 300, windowMs: 60_000 };

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

/** Headers for a response that counted against no credential (unauthenticated, preflight). */
export function idleRateHeaders(options: RateLimitOptions): Record<string, string> {
  return headers(options.limit, options.limit, options.windowMs);
}

/** Counts one request against `bucket`; throws 429 `rate_limited` (headers attached) past the limit. */
export function takeRateLimit(store: Store, bucket: string, options: RateLimitOptions): RateState {
  const now = store.now().getTime();
  let w = store.rateWindows.get(bucket);
  if (!w || now >= w.start + options.windowMs || now < w.start) {
    w = { start: now, count: 0 };
    store.rateWindows.set(bucket, w);
  }
  const resetMs = w.start + options.windowMs - now;
  if (w.count >= options.limit) {
    const h = headers(options.limit, 0, resetMs);
    throw new ProblemError(
      429,
      'rate_limited',
      `请求过于频繁：每 ${options.windowMs / 1000} 秒最多 ${options.limit} 次。 Too many requests: at most ${options.limit} per ${options.windowMs / 1000} s.`,
      { headers: { ...h, 'Retry-After': String(Math.max(1, Math.ceil(resetMs / 1000))) } },
    );
  }
  w.count++;
  return { headers: headers(options.limit, options.limit - w.count, resetMs) };
}
