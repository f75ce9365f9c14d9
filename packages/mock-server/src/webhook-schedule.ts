/**
 * When a failed webhook delivery is tried again. By default: about 1 min, 5 min, 30 min, 2 h and 5 h
 * after the previous try, then every 10 h, each delay with ±10 % jitter (so receivers that failed
 * together are not all hit again at the same instant), until 72 h after the event; a last try falls
 * at the 72nd hour, and past it the delivery is `failed`. Times are the sandbox clock's, so
 * `POST /sandbox/clock/advance` (or `store.clock.advance(ms)`) brings due retries forward at once;
 * they also come when the wall clock has waited as long.
 *
 * In development the sandbox may compress time: `timeScale: 60` (CLI `--webhook-time-scale 60`) runs
 * the whole schedule 60 times faster — 1 s, 5 s, 30 s, 2 min, 5 min, 10 min…, given up after 72 min.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = Object.freeze([MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR]);
export const DEFAULT_RETRY_WINDOW_MS = 72 * HOUR;

export interface WebhookRetryOptions {
  /** Delays before each retry, the last repeating. Default 1 min, 5 min, 30 min, 2 h, 5 h, 10 h. */
  delaysMs?: readonly number[];
  /** How long after the event retries go on. Default 72 h. */
  windowMs?: number;
  /** Each delay is multiplied by a random factor within 1 ± `jitter`. Default 0.1. */
  jitter?: number;
  /** Divides every delay and the window: 60 runs the three days in 72 minutes. Default 1. */
  timeScale?: number;
  /** Tries in all, the first included; fewer than the window allows ends a delivery sooner. Default: no cap. */
  attempts?: number;
  /** Delays of `baseDelayMs` doubled for each next retry, without jitter (in place of `delaysMs`). */
  baseDelayMs?: number;
  /** How long one try may take before it counts as failed. Default 10 000 ms. */
  timeoutMs?: number;
}

export interface RetrySchedule {
  readonly timeoutMs: number;
  /** When the try after `tries` tries is due, or null when none is (window over or attempts spent). */
  next(tries: number, lastTryAt: Date, eventAt: Date, random?: () => number): Date | null;
}

export function retrySchedule(options: WebhookRetryOptions = {}): RetrySchedule {
  const scale = options.timeScale !== undefined && options.timeScale > 0 ? options.timeScale : 1;
  const exponential = options.baseDelayMs !== undefined;
  const base = Math.max(0, options.baseDelayMs ?? 0);
  const delays = (options.delaysMs?.length ? options.delaysMs : DEFAULT_RETRY_DELAYS_MS).map((d) => Math.max(0, d) / scale);
  const windowMs = Math.max(0, options.windowMs ?? DEFAULT_RETRY_WINDOW_MS) / scale;
  const jitter = exponential ? 0 : Math.min(0.5, Math.max(0, options.jitter ?? 0.1));
  const attempts = options.attempts !== undefined ? Math.max(1, Math.floor(options.attempts)) : exponential ? 5 : Infinity;
  return {
    timeoutMs: Math.max(1, options.timeoutMs ?? 10_000),
    next(tries, lastTryAt, eventAt, random = Math.random) {
      if (tries >= attempts) return null;
      const nominal = exponential ? (base / scale) * 2 ** (tries - 1) : delays[Math.min(tries - 1, delays.length - 1)]!;
      const delay = nominal * (1 + jitter * (2 * random() - 1));
      const due = lastTryAt.getTime() + delay;
      if (exponential) return new Date(due);
      const end = eventAt.getTime() + windowMs;
      if (lastTryAt.getTime() >= end) return null;
      return new Date(Math.min(due, end));
    },
  };
}
