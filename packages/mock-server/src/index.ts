/**
 * `@unionkit/mock-server`: the UnionKit sandbox as msw 2 handlers over an in-memory store that
 * enforces the domain rules. Runs in Node (`setupServer`, or `startMockServer` from
 * `@unionkit/mock-server/node`) and in browsers (`setupWorker`); this entry imports no `node:` module
 * and does nothing when imported: a sandbox (and its seed data) is made by `createSandbox()` only.
 * It exports what the README's "Exports" section lists; the store, rules and handlers stay inside.
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createSandbox } from '@unionkit/mock-server';
 * const sandbox = createSandbox();
 * const server = setupServer(...sandbox.handlers);
 * ```
 */
export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export { createClock, type Clock } from './store/clock.js';
export { TEST_KEYS } from './constants.js';
export type { SandboxLimits } from './store/limits.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export type { LogSink } from './http/log.js';
export type { DeliveryRecord, DeliveryAttempt } from './store/types.js';
export type { WebhookRetryOptions, FetchLike, ResolveHost } from './webhooks.js';
