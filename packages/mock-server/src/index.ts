/**
 * `@unionkit/mock-server`: the UnionKit sandbox as msw 2 handlers over an in-memory store that
 * enforces the domain rules. Runs in Node (`setupServer`, or `startMockServer` from
 * `@unionkit/mock-server/node`) and in browsers (`setupWorker`); this entry imports no `node:` module.
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createSandbox } from '@unionkit/mock-server';
 * const sandbox = createSandbox();
 * const server = setupServer(...sandbox.handlers);
 * ```
 */
import { createSandbox } from './sandbox.js';

export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export { DEFAULT_LIMITS, type SandboxLimits } from './store/limits.js';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.js';
export type { LogSink } from './http/log.js';
export { createClock, type Clock } from './store/clock.js';
export { Store, DEMO_PARTNER, type DomainEvent } from './store/store.js';
export type { DeliveryRecord, DeliveryAttempt } from './store/types.js';
export { ProblemError } from './domain/problem.js';
export { signPayload, SIGNATURE_HEADER, type WebhookRetryOptions, type FetchLike, type ResolveHost } from './webhooks.js';
export { formatDate, formatDateTime } from './time.js';

export { TEST_KEYS } from './constants.js';

let defaultSandbox: ReturnType<typeof createSandbox> | undefined;

/** The default sandbox, created on first use (one per page or process). */
export function getDefaultSandbox(): ReturnType<typeof createSandbox> {
  defaultSandbox ??= createSandbox();
  return defaultSandbox;
}

/** Handlers of the default sandbox, for `setupServer(...handlers)` / `setupWorker(...handlers)`. */
export const handlers = getDefaultSandbox().handlers;
