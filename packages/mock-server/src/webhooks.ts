/**
 * Webhook delivery. On `member.status_changed` and `coverage.status_changed`, for a worker whose
 * `share_status_with_platform` consent is active, the event is POSTed to every endpoint of the
 * worker's partner subscribed to that type, signed by the contract's signer
 * (`UnionKit-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, Web Crypto,
 * so this also runs in browsers under `setupWorker`). Delivery never blocks the API response;
 * a delivery without a 2xx within 10 s is retried with exponential backoff (default 5 tries: 1 s, 2 s,
 * 4 s, 8 s). Redirects are never followed: a 3xx is a failed try (the signed body goes nowhere but the
 * registered URL). Retries stop when the endpoint is deleted or the sandbox reset. At most
 * `limits.pendingDeliveries` wait at once (past it a new delivery fails at once, `reason` saying so),
 * and `store.deliveries` keeps the latest `limits.deliveryLog` deliveries with their attempts.
 *
 * The signature's `t` is the wall clock (`Date.now()`), not the sandbox clock, so that receivers'
 * 300-second tolerance works even when a test freezes or moves the sandbox clock.
 */
import { SIGNATURE_HEADER, signWebhook } from '@unionkit/contract';
import { sharesStatusWithPlatform } from './domain/consents.js';
import { refusedHost } from './domain/webhook-url.js';
import type { DomainEvent, Store } from './store/store.js';
import type { DeliveryRecord, WebhookEndpointRecord } from './store/types.js';
import { formatDateTime } from './time.js';

/** The contract's signer and header name, for tests that forge or check a delivery. */
export { SIGNATURE_HEADER, signWebhook as signPayload };

export interface WebhookRetryOptions {
  /** Tries in all, the first included. Default 5. */
  attempts?: number;
  /** Delay before the second try, doubled for each next one. Default 1000 ms. */
  baseDelayMs?: number;
  /** How long one try may take before it counts as failed. Default 10 000 ms. */
  timeoutMs?: number;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The addresses a host name stands for (the node adapter asks DNS). Given to the sandbox, each delivery
 * first checks them, so a name that points at a link-local or metadata address is not delivered to.
 */
export type ResolveHost = (hostname: string) => Promise<readonly string[]>;

/** An address as the URL parser writes a host (`[…]` and hex groups for IPv6), for `refusedHost`. */
function asUrlHost(address: string): string {
  return address.includes(':') ? new URL(`http://[${address}]/`).hostname : address;
}

/** A delivery waiting for its next try or in the middle of one. */
interface Pending {
  record: DeliveryRecord;
  endpoint: WebhookEndpointRecord;
  timer: ReturnType<typeof setTimeout> | null;
  controller: AbortController | null;
  /** Settles the `settled()` waiters' promise of this delivery. */
  release: () => void;
  done: Promise<void>;
}

export class WebhookDispatcher {
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly timeoutMs: number;
  private readonly pending = new Map<DeliveryRecord, Pending>();
  private unsubscribe: Array<() => void> = [];

  constructor(
    private readonly store: Store,
    private readonly fetchImpl: FetchLike,
    options: WebhookRetryOptions = {},
    private readonly resolveHost?: ResolveHost,
  ) {
    this.attempts = Math.max(1, options.attempts ?? 5);
    this.baseDelayMs = Math.max(0, options.baseDelayMs ?? 1000);
    this.timeoutMs = Math.max(1, options.timeoutMs ?? 10_000);
    this.unsubscribe.push(store.onEvent((e) => this.dispatch(e)));
    this.unsubscribe.push(store.onReset(() => this.cancelAll()));
    this.unsubscribe.push(store.onWebhookEndpointDeleted((endpoint) => this.endpointDeleted(endpoint)));
  }

  /** Queues deliveries for a status change; returns at once. */
  dispatch(event: DomainEvent): void {
    if (!sharesStatusWithPlatform(this.store, event.workerKey)) return;
    const endpoints = [...this.store.webhookEndpoints.values()].filter(
      (w) => w.partnerId === event.partnerId && w.events.includes(event.type),
    );
    if (endpoints.length === 0) return;
    const eventId = this.store.webhookIds.next('whevt');
    const payload = JSON.stringify({ id: eventId, type: event.type, createdAt: formatDateTime(this.store.now()), data: event.data });
    for (const endpoint of endpoints) {
      const record: DeliveryRecord = {
        id: this.store.webhookIds.next('whd'),
        endpointId: endpoint.id,
        partnerId: endpoint.partnerId,
        url: endpoint.url,
        eventId,
        eventType: event.type,
        payload,
        status: 'pending',
        attempts: [],
      };
      this.store.logDelivery(record);
      const max = this.store.limits.pendingDeliveries;
      if (this.pending.size >= max) {
        record.status = 'failed';
        record.reason = `delivery queue full: ${max} deliveries are already waiting`;
        continue;
      }
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      const entry: Pending = { record, endpoint, timer: null, controller: null, release, done };
      this.pending.set(record, entry);
      this.schedule(entry, 0);
    }
  }

  private schedule(entry: Pending, delayMs: number): void {
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.attempt(entry);
    }, delayMs);
  }

  private finish(entry: Pending, status: 'succeeded' | 'failed', reason?: string): void {
    if (this.pending.get(entry.record) !== entry) return;
    this.pending.delete(entry.record);
    if (entry.timer) clearTimeout(entry.timer);
    entry.controller?.abort();
    entry.record.status = status;
    if (reason) entry.record.reason = reason;
    entry.release();
  }

  private async attempt(entry: Pending): Promise<void> {
    const { record, endpoint } = entry;
    if (this.store.webhookEndpoints.get(endpoint.id) !== endpoint) return this.finish(entry, 'failed', 'endpoint deleted');
    const refused = await this.refusedAddress(record.url);
    if (refused) return this.finish(entry, 'failed', refused);
    const t = Math.floor(Date.now() / 1000);
    const controller = new AbortController();
    entry.controller = controller;
    const timeout = setTimeout(() => controller.abort(), this.timeoutMs);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const signature = await signWebhook(endpoint.secret, record.payload, t);
      const res = await this.fetchImpl(record.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'UnionKit-Sandbox-Webhooks/1',
          [SIGNATURE_HEADER]: signature,
          'UnionKit-Event-Id': record.eventId,
          'UnionKit-Delivery-Id': record.id,
        },
        body: record.payload,
        redirect: 'manual',
        signal: controller.signal,
      });
      statusCode = res.status === 0 ? null : res.status;
      if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) error = 'redirect not followed';
      // the receiver's answer is not read: its status is all that counts
      await res.body?.cancel().catch(() => undefined);
    } catch (e) {
      error = controller.signal.aborted ? `no response within ${this.timeoutMs} ms` : e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timeout);
      entry.controller = null;
    }
    if (this.pending.get(record) !== entry) return; // deleted, reset or disposed meanwhile
    record.attempts.push({ at: formatDateTime(new Date()), statusCode, error });
    if (error === null && statusCode !== null && statusCode >= 200 && statusCode < 300) this.finish(entry, 'succeeded');
    else if (record.attempts.length >= this.attempts) this.finish(entry, 'failed');
    else this.schedule(entry, this.baseDelayMs * 2 ** (record.attempts.length - 1));
  }

  /** Why the URL's host name may not be delivered to once resolved, or null (no resolver, an IP literal, allowed). */
  private async refusedAddress(url: string): Promise<string | null> {
    const { hostname } = new URL(url);
    if (!this.resolveHost || hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return null;
    let addresses: readonly string[];
    try {
      addresses = await this.resolveHost(hostname);
    } catch {
      return null; // unresolvable: the delivery itself fails and is retried as any unreachable URL
    }
    for (const address of addresses) {
      const refusal = refusedHost(asUrlHost(address));
      if (refusal) return `${hostname} resolves to ${refusal.en}`;
    }
    return null;
  }

  private endpointDeleted(endpoint: WebhookEndpointRecord): void {
    for (const entry of [...this.pending.values()]) if (entry.endpoint.id === endpoint.id) this.finish(entry, 'failed', 'endpoint deleted');
  }

  /** Resolves when no delivery is pending (every one succeeded or failed for good). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending.values()].map((p) => p.done));
  }

  /** Drops pending retries and aborts requests in flight (on reset). */
  cancelAll(): void {
    for (const entry of [...this.pending.values()]) this.finish(entry, 'failed', 'sandbox reset');
  }

  /** Stops listening and cancels everything pending. */
  dispose(): void {
    this.cancelAll();
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }
}
