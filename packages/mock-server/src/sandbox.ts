/** `createSandbox()`: one store, its msw handlers and its webhook dispatcher. */
import type { HttpHandler } from 'msw';
import { claimHandlers } from './handlers/claims.js';
import { consentHandlers } from './handlers/consents.js';
import { fileHandlers } from './handlers/files.js';
import { helpRequestHandlers } from './handlers/help-requests.js';
import { unionSessionHandlers } from './handlers/union-sessions.js';
import { eventHandlers } from './handlers/events.js';
import { insuranceHandlers } from './handlers/insurance.js';
import { jobHandlers } from './handlers/jobs.js';
import { membershipHandlers } from './handlers/membership.js';
import { partnerHandlers } from './handlers/partners.js';
import { sandboxHandlers } from './handlers/sandbox.js';
import { sandboxHelpHandlers } from './handlers/sandbox-help.js';
import { sandboxInsuranceHandlers } from './handlers/sandbox-insurance.js';
import { servicePointHandlers } from './handlers/service-points.js';
import { webhookEventHandlers } from './handlers/webhook-events.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/body.js';
import { fallbackHandlers, preflightHandler } from './http/fallback.js';
import { createLogger, type LogSink } from './http/log.js';
import type { Runtime } from './http/pipeline.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.js';
import { basePathOf } from './http/routing.js';
import { setStatsHistoryStart } from './domain/partner-stats.js';
import { createSeed, DEFAULT_SEED } from './seed/index.js';
import { createClock, watchClock, type Clock } from './store/clock.js';
import { createIds } from './store/ids.js';
import type { SandboxLimits } from './store/limits.js';
import { Store } from './store/store.js';
import type { DeliveryRecord, SeedDataShape } from './store/types.js';
import { WebhookDispatcher, type FetchLike, type ResolveHost, type WebhookRetryOptions } from './webhooks.js';

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
  /**
   * Request limits: `limit` requests per `windowMs` per partner (secret key) and per worker (client
   * tokens), default 300 per 60 s, `limit: 0` turns them off; `authFailureLimit` failed
   * authentications per window per client address before 429, default 30, `0` turns it off.
   */
  rateLimit?: Partial<RateLimitOptions>;
  /** Largest request body read, in bytes; larger is 413 `payload_too_large`. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Caps on what traffic can grow: idempotency records, sessions, rate-limit windows, webhook queues. */
  limits?: Partial<SandboxLimits>;
  /** Where log lines go (redacted of credentials, at most 30 a minute); default `console.error`. */
  log?: LogSink;
  /**
   * Webhook retries (`./webhook-schedule.ts`): by default 1 min, 5 min, 30 min, 2 h, 5 h, then every
   * 10 h (±10 % jitter) until 72 h after the event, 10 s per try, on the sandbox clock.
   * `timeScale: 60` compresses the schedule for development (72 h in 72 min).
   */
  webhookRetry?: WebhookRetryOptions;
  /** `fetch` for webhook deliveries; default the global `fetch` as it was when the sandbox was created. */
  fetch?: FetchLike;
  /**
   * Resolves a webhook URL's host name before each delivery; an address that could not be registered
   * (link-local, metadata…) fails the delivery. `startMockServer` asks DNS; elsewhere names are not resolved.
   */
  resolveHost?: ResolveHost;
  /** How long the `timeout` scenario holds a request before 504; default 30 000 ms. */
  timeoutScenarioMs?: number;
}

export interface Sandbox {
  /** msw handlers: `setupServer(...sandbox.handlers)` or `setupWorker(...sandbox.handlers)`. */
  handlers: HttpHandler[];
  /** The in-memory state (and its clock: `store.clock.advance(ms)`). */
  store: Store;
  /**
   * Back to the seed: every session (so every earlier client token), worker and idempotency key is
   * gone and pending webhook retries are dropped; the partners' webhook endpoints stay registered.
   */
  reset(): void;
  /** Every webhook delivery so far, with its attempts. */
  deliveries(): readonly DeliveryRecord[];
  /** Resolves once no webhook delivery is pending (each succeeded or failed for good). */
  webhooksSettled(): Promise<void>;
  /** Resolves once no webhook try is under way (retries due later may still wait). */
  webhooksIdle(): Promise<void>;
  /** Cancels pending webhook deliveries and stops listening (call when done with the sandbox). */
  dispose(): void;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = watchClock(options.clock ?? createClock(options.now));
  const seed = options.seed ?? DEFAULT_SEED;
  const seedNow = options.now;
  const store = new Store({
    clock,
    seed,
    loadSeed: (): SeedDataShape => createSeed({ seed, now: seedNow ?? clock.now() }),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  setStatsHistoryStart(store, seedNow ?? clock.now());
  const capturedFetch: FetchLike | undefined = typeof fetch === 'function' ? fetch.bind(globalThis) : undefined;
  const fetchImpl: FetchLike =
    options.fetch ??
    ((input, init) => {
      if (!capturedFetch) return Promise.reject(new Error('no fetch available for webhook delivery'));
      return capturedFetch(input, init);
    });
  const log = createLogger(options.log);
  const webhooks = new WebhookDispatcher(store, fetchImpl, {
    ...(options.webhookRetry ? { retry: options.webhookRetry } : {}),
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
    onClockMove: (listener) => clock.onMove(listener),
    log: (line) => log.line(line),
  });
  const baseUrl = (options.baseUrl ?? '*/v1').replace(/\/+$/, '');
  const rt: Runtime = {
    store,
    baseUrl,
    basePath: basePathOf(baseUrl),
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    timeoutScenarioMs: options.timeoutScenarioMs ?? 30_000,
    requestIds: createIds(seed ^ 0x7e9e57),
    log,
    routes: [],
  };
  const reset = () => store.reset();
  const handlers: HttpHandler[] = [
    ...preflightHandler(rt),
    ...partnerHandlers(rt),
    ...webhookEventHandlers(rt, webhooks),
    ...membershipHandlers(rt),
    ...insuranceHandlers(rt),
    ...claimHandlers(rt),
    ...servicePointHandlers(rt),
    ...eventHandlers(rt),
    ...jobHandlers(rt),
    ...consentHandlers(rt),
    ...fileHandlers(rt),
    ...unionSessionHandlers(rt),
    ...helpRequestHandlers(rt),
    ...sandboxHandlers(rt, reset),
    ...sandboxInsuranceHandlers(rt),
    ...sandboxHelpHandlers(rt),
    ...fallbackHandlers(rt),
  ];
  const sandbox: Sandbox = {
    handlers,
    store,
    reset,
    deliveries: () => store.deliveries,
    webhooksSettled: () => webhooks.settled(),
    webhooksIdle: () => webhooks.idle(),
    dispose: () => webhooks.dispose(),
  };
  runtimes.set(sandbox, rt);
  return sandbox;
}

const runtimes = new WeakMap<Sandbox, Runtime>();

/** What a sandbox's handlers share, for the node adapter (routes, limits, log). Not public API. */
export function runtimeOf(sandbox: Sandbox): Runtime {
  const rt = runtimes.get(sandbox);
  if (!rt) throw new TypeError('not a sandbox made by createSandbox()');
  return rt;
}
