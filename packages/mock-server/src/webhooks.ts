/**
 * Webhook delivery. On a status change of a worker whose `share_status_with_platform` consent is
 * active, one event (`GET /webhook-events`) is made and POSTed to every endpoint of the worker's
 * partner subscribed to its type, signed by the contract's signer (`UnionKit-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, Web Crypto, so this also runs in
 * browsers under `setupWorker`). Delivery never blocks the API response. A try without a 2xx within
 * 10 s is retried on the schedule of `./webhook-schedule.ts` (1 min, 5 min, 30 min, 2 h, 5 h, then every
 * 10 h, with jitter, for 72 h after the event), driven by the sandbox clock: moving it
 * (`POST /sandbox/clock/advance`, `store.clock.advance(ms)`) makes due retries happen at once. Redirects
 * are never followed: a 3xx is a failed try. Retries stop when the endpoint is deleted or the sandbox
 * reset. An endpoint with 5 failed tries in a row, or an event given up, is `failing` — it still gets
 * every delivery — until its next success.
 *
 * Bounded: at most `limits.pendingDeliveries` deliveries wait at once (past it the oldest waiting one
 * is dropped, `failed` with its reason, and a log line counts the drops); `store.deliveries` keeps
 * the latest `limits.deliveryLog` deliveries and `store.webhookEvents` the latest `limits.webhookEvents`.
 *
 * The signature's `t` is the wall clock (`Date.now()`), not the sandbox clock, so that receivers'
 * 300-second tolerance works even when a test freezes or moves the sandbox clock.
 */
import { SIGNATURE_HEADER, signWebhook } from '@unionkit/contract';
import { sharesStatusWithPlatform } from './domain/consents.js';
import { refusedHost } from './domain/webhook-url.js';
import type { DomainEvent, Store } from './store/store.js';
import type { DeliveryAttempt, DeliveryRecord, WebhookEndpointRecord, WebhookEventRecord } from './store/types.js';
import { formatDateTime } from './time.js';
import { retrySchedule, type RetrySchedule, type WebhookRetryOptions } from './webhook-schedule.js';

/** The contract's signer and header name, for tests that forge or check a delivery. */
export { SIGNATURE_HEADER, signWebhook as signPayload };
export type { WebhookRetryOptions };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The addresses a host name stands for (the node adapter asks DNS). Given to the sandbox, each delivery
 * first checks them, so a name that points at a link-local or metadata address is not delivered to.
 */
export type ResolveHost = (hostname: string) => Promise<readonly string[]>;

/** Failed tries in a row that make an endpoint `failing`. */
export const FAILING_AFTER = 5;

/** An address as the URL parser writes a host (`[…]` and hex groups for IPv6), for `refusedHost`. */
function asUrlHost(address: string): string {
  return address.includes(':') ? new URL(`http://[${address}]/`).hostname : address;
}

/** A delivery waiting for its next try or in the middle of one. */
interface Pending {
  record: DeliveryRecord;
  event: WebhookEventRecord;
  endpoint: WebhookEndpointRecord;
  /** When the next try is due (sandbox clock). */
  dueAt: Date;
  timer: ReturnType<typeof setTimeout> | null;
  running: boolean;
  controller: AbortController | null;
  /** Settles the `settled()` waiters' promise of this delivery. */
  release: () => void;
  done: Promise<void>;
}

export interface WebhookDispatcherOptions {
  retry?: WebhookRetryOptions;
  resolveHost?: ResolveHost;
  /** Subscribes to moves of the sandbox clock (`watchClock`): due retries then run at once. */
  onClockMove?: (listener: () => void) => () => void;
  /** Where a dropped delivery is told. */
  log?: (line: string) => void;
}

export class WebhookDispatcher {
  private readonly schedule: RetrySchedule;
  private readonly pending = new Map<DeliveryRecord, Pending>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly resolveHost: ResolveHost | undefined;
  private readonly log: (line: string) => void;
  private unsubscribe: Array<() => void> = [];
  private dropped = 0;
  private attempts = 0;

  constructor(
    private readonly store: Store,
    private readonly fetchImpl: FetchLike,
    options: WebhookDispatcherOptions = {},
  ) {
    this.schedule = retrySchedule(options.retry);
    this.resolveHost = options.resolveHost;
    this.log = options.log ?? (() => undefined);
    this.unsubscribe.push(store.onEvent((e) => this.dispatch(e)));
    this.unsubscribe.push(store.onReset(() => this.cancelAll()));
    this.unsubscribe.push(store.onWebhookEndpointDeleted((endpoint) => this.endpointDeleted(endpoint)));
    if (options.onClockMove) this.unsubscribe.push(options.onClockMove(() => this.clockMoved()));
  }

  /** Records the event and queues its deliveries; returns at once. */
  dispatch(event: DomainEvent): void {
    if (!sharesStatusWithPlatform(this.store, event.workerKey)) return;
    const endpoints = [...this.store.webhookEndpoints.values()].filter(
      (w) => w.partnerId === event.partnerId && w.events.includes(event.type),
    );
    if (endpoints.length === 0) return;
    const createdAt = this.store.now();
    const id = this.store.webhookIds.next('whevt');
    const payload = JSON.stringify({ id, type: event.type, createdAt: formatDateTime(createdAt), data: event.data });
    const record: WebhookEventRecord = {
      id,
      partnerId: event.partnerId,
      workerKey: event.workerKey,
      type: event.type,
      createdAt,
      payload,
      data: event.data,
      deliveries: [],
    };
    this.store.webhookEvents.set(id, record);
    for (const endpoint of endpoints) {
      const delivery: DeliveryRecord = {
        id: this.store.webhookIds.next('whd'),
        endpointId: endpoint.id,
        partnerId: endpoint.partnerId,
        url: endpoint.url,
        eventId: id,
        eventType: event.type,
        payload,
        status: 'pending',
        attempts: [],
        nextAttemptAt: createdAt,
      };
      record.deliveries.push(delivery);
      this.store.logDelivery(delivery);
      this.makeRoom();
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      const entry: Pending = { record: delivery, event: record, endpoint, dueAt: createdAt, timer: null, running: false, controller: null, release, done };
      this.pending.set(delivery, entry);
      // the first try right after the response (tracked at once, so `idle()` waits for it)
      void this.track(new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => (entry.record.attempts.length === 0 ? this.run(entry) : undefined)));
    }
  }

  /** Past the cap the oldest waiting delivery is dropped, and the log says how many were so far. */
  private makeRoom(): void {
    const max = this.store.limits.pendingDeliveries;
    while (this.pending.size >= max) {
      const oldest = this.pending.values().next().value as Pending;
      this.dropped++;
      this.finish(oldest, 'failed', `dropped: the delivery queue was full (${max} waiting)`);
      this.log(
        `webhook delivery queue full (${max} waiting): dropped the oldest, ${oldest.record.id} of ${oldest.record.eventId}; ${this.dropped} dropped since start`,
      );
    }
  }

  /** A timer for the wall-clock wait until `dueAt` (the sandbox clock may bring it forward). */
  private arm(entry: Pending): void {
    if (entry.timer) clearTimeout(entry.timer);
    const wait = Math.max(0, entry.dueAt.getTime() - this.store.now().getTime());
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.run(entry);
    }, Math.min(wait, 2 ** 31 - 1));
    (entry.timer as { unref?: () => void }).unref?.();
  }

  private clockMoved(): void {
    const now = this.store.now().getTime();
    for (const entry of [...this.pending.values()]) {
      if (entry.running) continue;
      if (entry.dueAt.getTime() <= now) void this.run(entry);
      else this.arm(entry);
    }
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  private run(entry: Pending): Promise<void> {
    if (entry.running || this.pending.get(entry.record) !== entry) return Promise.resolve();
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.running = true;
    return this.track(this.automatic(entry).finally(() => (entry.running = false)));
  }

  private finish(entry: Pending, status: 'succeeded' | 'failed', reason?: string): void {
    if (this.pending.get(entry.record) !== entry) return;
    this.pending.delete(entry.record);
    if (entry.timer) clearTimeout(entry.timer);
    entry.controller?.abort();
    entry.record.status = status;
    entry.record.nextAttemptAt = null;
    if (reason) entry.record.reason = reason;
    entry.release();
  }

  private async automatic(entry: Pending): Promise<void> {
    const { record, endpoint } = entry;
    if (this.store.webhookEndpoints.get(endpoint.id) !== endpoint) return this.finish(entry, 'failed', 'endpoint deleted');
    const refused = await this.refusedAddress(record.url);
    if (refused) return this.finish(entry, 'failed', refused);
    const controller = new AbortController();
    entry.controller = controller;
    const attempt = await this.send(endpoint, record, 'automatic', controller);
    entry.controller = null;
    if (this.pending.get(record) !== entry) return; // deleted, reset, dropped or disposed meanwhile
    record.attempts.push(attempt);
    if (succeeded(attempt)) return this.finish(entry, 'succeeded');
    const tries = record.attempts.filter((a) => a.trigger === 'automatic').length;
    const from = new Date(Math.max(this.store.now().getTime(), entry.dueAt.getTime()));
    const after = this.schedule.next(tries, from, entry.event.createdAt);
    // whole seconds, as the API writes times: a retry is due exactly at the `nextRetryAt` it shows
    const next = after && new Date(Math.ceil(after.getTime() / 1000) * 1000);
    if (next === null) {
      this.markFailing(endpoint);
      return this.finish(entry, 'failed');
    }
    attempt.nextRetryAt = formatDateTime(next);
    entry.dueAt = next;
    record.nextAttemptAt = next;
    this.arm(entry);
  }

  /**
   * One POST of the delivery's body to the endpoint, signed now; its outcome also updates the
   * endpoint's health. Never throws.
   */
  private async send(
    endpoint: WebhookEndpointRecord,
    record: DeliveryRecord,
    trigger: DeliveryAttempt['trigger'],
    controller: AbortController,
  ): Promise<DeliveryAttempt> {
    const at = this.store.now();
    const started = Date.now();
    const timeoutMs = this.schedule.timeoutMs;
    const timeout = setTimeout(() => controller.abort(), timeoutMs);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const signature = await signWebhook(endpoint.secret, record.payload, Math.floor(Date.now() / 1000));
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
      error = controller.signal.aborted ? `no response within ${timeoutMs} ms` : e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timeout);
    }
    const attempt: DeliveryAttempt = {
      at: formatDateTime(at),
      statusCode,
      error,
      durationMs: Math.max(0, Date.now() - started),
      trigger,
      nextRetryAt: null,
      seq: ++this.attempts,
    };
    this.health(endpoint, attempt, at);
    return attempt;
  }

  private health(endpoint: WebhookEndpointRecord, attempt: DeliveryAttempt, at: Date): void {
    if (succeeded(attempt)) {
      endpoint.consecutiveFailures = 0;
      endpoint.failuresSince = null;
      endpoint.failingSince = null;
      return;
    }
    endpoint.consecutiveFailures = (endpoint.consecutiveFailures ?? 0) + 1;
    endpoint.failuresSince ??= at;
    if (endpoint.consecutiveFailures >= FAILING_AFTER) this.markFailing(endpoint);
  }

  private markFailing(endpoint: WebhookEndpointRecord): void {
    if (endpoint.failingSince) return;
    endpoint.failingSince = endpoint.failuresSince ?? this.store.now();
    this.log(`webhook endpoint ${endpoint.id} is failing (${endpoint.consecutiveFailures ?? 0} tries in a row failed); deliveries and retries go on`);
  }

  /**
   * Delivers `event` now to each of its endpoints still registered, one attempt each (`redelivery`):
   * a success makes that delivery `succeeded`; a failure leaves its retries as they were.
   * Resolves when every attempt is done.
   */
  redeliver(event: WebhookEventRecord): Promise<void> {
    const work = Promise.all(
      event.deliveries.map(async (record) => {
        const endpoint = this.store.webhookEndpoints.get(record.endpointId);
        if (!endpoint) return;
        const refused = await this.refusedAddress(record.url);
        const attempt = refused
          ? { at: formatDateTime(this.store.now()), statusCode: null, error: refused, durationMs: 0, trigger: 'redelivery' as const, nextRetryAt: null, seq: ++this.attempts }
          : await this.send(endpoint, record, 'redelivery', new AbortController());
        const entry = this.pending.get(record);
        attempt.nextRetryAt = entry && !succeeded(attempt) ? formatDateTime(entry.dueAt) : null;
        record.attempts.push(attempt);
        if (!succeeded(attempt)) return;
        if (entry) this.finish(entry, 'succeeded');
        else {
          record.status = 'succeeded';
          record.nextAttemptAt = null;
        }
      }),
    ).then(() => undefined);
    return this.track(work);
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

  /** Resolves when no try is under way (deliveries waiting for a later retry may remain). */
  async idle(): Promise<void> {
    for (let round = 0; round < 1_000 && this.inFlight.size > 0; round++) await Promise.all([...this.inFlight]);
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

function succeeded(attempt: DeliveryAttempt): boolean {
  return attempt.error === null && attempt.statusCode !== null && attempt.statusCode >= 200 && attempt.statusCode < 300;
}
