/** `createSandbox()`: one store, its msw handlers and its webhook dispatcher. */
import type { HttpHandler } from 'msw';
import { consentHandlers } from './handlers/consents.js';
import { eventHandlers } from './handlers/events.js';
import { insuranceHandlers } from './handlers/insurance.js';
import { jobHandlers } from './handlers/jobs.js';
import { membershipHandlers } from './handlers/membership.js';
import { partnerHandlers } from './handlers/partners.js';
import { sandboxHandlers } from './handlers/sandbox.js';
import { servicePointHandlers } from './handlers/service-points.js';
import { fallbackHandlers, preflightHandler } from './http/fallback.js';
import type { Runtime } from './http/pipeline.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.js';
import { createSeed, DEFAULT_SEED } from './seed/index.js';
import { createClock, type Clock } from './store/clock.js';
import { createIds } from './store/ids.js';
import { Store } from './store/store.js';
import type { DeliveryRecord, SeedDataShape } from './store/types.js';
import { WebhookDispatcher, type FetchLike, type WebhookRetryOptions } from './webhooks.js';

export interface SandboxOptions {
  /** PRNG seed of the seed data and of ids. */
  seed?: number;
  /** Freezes the sandbox clock at this instant (it then moves only with `store.clock.advance()`). */
  now?: Date;
  /** A clock of your own (overrides `now`). */
  clock?: Clock;
  /**
   * The msw URL prefix of `/v1`. Default `*\/v1`: any origin. Give e.g. `http://localhost:4010/v1`
   * to mock only that server.
   */
  baseUrl?: string;
  /** Per-credential limit; default 300 requests per 60 s. */
  rateLimit?: Partial<RateLimitOptions>;
  /** Webhook retries; default 5 tries, 1 s base, doubled each time, 10 s per try. */
  webhookRetry?: WebhookRetryOptions;
  /** `fetch` for webhook deliveries; default the global `fetch` as it was when the sandbox was created. */
  fetch?: FetchLike;
  /** How long the `timeout` scenario holds a request before 504; default 30 000 ms. */
  timeoutScenarioMs?: number;
}

export interface Sandbox {
  /** msw handlers: `setupServer(...sandbox.handlers)` or `setupWorker(...sandbox.handlers)`. */
  handlers: HttpHandler[];
  /** The in-memory state (and its clock: `store.clock.advance(ms)`). */
  store: Store;
  /** Back to the seed; pending webhook retries are dropped. */
  reset(): void;
  /** Every webhook delivery so far, with its attempts. */
  deliveries(): readonly DeliveryRecord[];
  /** Resolves once no webhook delivery is pending. */
  webhooksSettled(): Promise<void>;
  /** Cancels pending webhook deliveries and stops listening (call when done with the sandbox). */
  dispose(): void;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? createClock(options.now);
  const seed = options.seed ?? DEFAULT_SEED;
  const seedNow = options.now;
  const store = new Store({
    clock,
    seed,
    loadSeed: (): SeedDataShape => createSeed({ seed, now: seedNow ?? clock.now() }),
  });
  const capturedFetch: FetchLike | undefined = typeof fetch === 'function' ? fetch.bind(globalThis) : undefined;
  const fetchImpl: FetchLike =
    options.fetch ??
    ((input, init) => {
      if (!capturedFetch) return Promise.reject(new Error('no fetch available for webhook delivery'));
      return capturedFetch(input, init);
    });
  const webhooks = new WebhookDispatcher(store, fetchImpl, options.webhookRetry);
  const rt: Runtime = {
    store,
    baseUrl: (options.baseUrl ?? '*/v1').replace(/\/+$/, ''),
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    timeoutScenarioMs: options.timeoutScenarioMs ?? 30_000,
    requestIds: createIds(seed ^ 0x7e9e57),
    routes: [],
  };
  const reset = () => store.reset();
  const handlers: HttpHandler[] = [
    ...preflightHandler(rt),
    ...partnerHandlers(rt),
    ...membershipHandlers(rt),
    ...insuranceHandlers(rt),
    ...servicePointHandlers(rt),
    ...eventHandlers(rt),
    ...jobHandlers(rt),
    ...consentHandlers(rt),
    ...sandboxHandlers(rt, reset),
    ...fallbackHandlers(rt),
  ];
  return {
    handlers,
    store,
    reset,
    deliveries: () => store.deliveries,
    webhooksSettled: () => webhooks.settled(),
    dispose: () => webhooks.dispose(),
  };
}
