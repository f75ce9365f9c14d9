/**
 * Caps on everything the sandbox keeps that traffic could grow: whatever arrives, memory stays
 * bounded. Each cap evicts the oldest entries first (or refuses, where evicting would lose work).
 */
export interface SandboxLimits {
  /** Idempotency records kept (each a digest of its request and the response). Default 10 000. */
  idempotencyRecords: number;
  /** Approximate size of every stored idempotency response together, in bytes. Default 16 MiB. */
  idempotencyBytes: number;
  /** Live widget sessions; the oldest is revoked to make room. Default 50 000. */
  sessions: number;
  /** Rate-limit windows and failed-authentication counters tracked, each. Default 10 000. */
  rateLimitBuckets: number;
  /** Webhook deliveries kept in `deliveries()`, newest last. Default 1 000. */
  deliveryLog: number;
  /** Webhook deliveries waiting for a (re)try at once; past it the oldest waiting one is dropped (and logged). Default 1 000. */
  pendingDeliveries: number;
  /** Webhook events kept for `GET /webhook-events` and redelivery; the oldest go first. Default 1 000. */
  webhookEvents: number;
  /** Webhook endpoints per partner. Default 16. */
  webhookEndpointsPerPartner: number;
  /** Uploaded files' records kept (metadata only, never the bytes); the oldest go first. Default 20 000. */
  files: number;
  /** Claims kept; past it a new claim is refused (409 `invalid_state`) until a reset. Default 20 000. */
  claims: number;
  /** Help requests kept; past it a new one is refused (409 `invalid_state`) until a reset. Default 20 000. */
  helpRequests: number;
  /** Appointments kept; past it a new booking is refused (409 `invalid_state`) until a reset. Default 20 000. */
  appointments: number;
}

export const DEFAULT_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  idempotencyRecords: 10_000,
  idempotencyBytes: 16 * 1024 * 1024,
  sessions: 50_000,
  rateLimitBuckets: 10_000,
  deliveryLog: 1_000,
  pendingDeliveries: 1_000,
  webhookEvents: 1_000,
  webhookEndpointsPerPartner: 16,
  files: 20_000,
  claims: 20_000,
  helpRequests: 20_000,
  appointments: 20_000,
});

/** The defaults with `overrides` applied; every cap at least 1. */
export function resolveLimits(overrides: Partial<SandboxLimits> = {}): SandboxLimits {
  const out = { ...DEFAULT_LIMITS } as SandboxLimits;
  for (const key of Object.keys(out) as (keyof SandboxLimits)[]) {
    const value = overrides[key];
    if (value !== undefined) out[key] = Math.max(1, Math.floor(value));
  }
  return out;
}
