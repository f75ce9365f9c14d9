/**
 * `UnionKit-Sandbox-Scenario`: rehearse failures. Applied after authentication and before the
 * operation runs, so nothing changes: `rate_limited` → 429, `server_error` → 500, `timeout` → held
 * (30 s by default, or until the client aborts) then 504, `slow:<ms>` → waits then runs normally.
 */
import { fieldError, ProblemError, validationFailed } from '../domain/problem.js';

export const SCENARIO_HEADER = 'UnionKit-Sandbox-Scenario';
export const MAX_SLOW_MS = 30_000;

export type Scenario =
  | { kind: 'rate_limited' }
  | { kind: 'server_error' }
  | { kind: 'timeout' }
  | { kind: 'slow'; ms: number };

export function parseScenario(value: string | null): Scenario | null {
  if (value === null) return null;
  const v = value.trim();
  if (v === 'rate_limited' || v === 'server_error' || v === 'timeout') return { kind: v };
  const m = /^slow:(\d{1,5})$/.exec(v);
  if (m && Number(m[1]) <= MAX_SLOW_MS) return { kind: 'slow', ms: Number(m[1]) };
  throw validationFailed([
    fieldError(
      SCENARIO_HEADER,
      'invalid_value',
      `可选：rate_limited、server_error、timeout、slow:<0–${MAX_SLOW_MS}>。 Expected rate_limited, server_error, timeout or slow:<0–${MAX_SLOW_MS}>.`,
    ),
  ]);
}

/** Waits `ms`, or less if `signal` aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs the failure scenarios (throwing their problem); `slow` is left to the caller. */
export async function applyFailureScenario(scenario: Scenario | null, signal: AbortSignal, timeoutMs: number): Promise<void> {
  if (!scenario) return;
  switch (scenario.kind) {
    case 'rate_limited':
      throw new ProblemError(429, 'rate_limited', '沙箱场景：请求过于频繁。 Sandbox scenario: rate limited.', {
        headers: { 'Retry-After': '1' },
      });
    case 'server_error':
      throw new ProblemError(500, 'server_error', '沙箱场景：服务器错误。 Sandbox scenario: server error.');
    case 'timeout':
      await wait(timeoutMs, signal);
      throw new ProblemError(504, 'timeout', '沙箱场景：处理超时。 Sandbox scenario: the request timed out.', {
        headers: { 'Retry-After': '1' },
      });
    case 'slow':
      return;
  }
}
