/**
 * Webhook delivery. On `member.status_changed` and `coverage.status_changed`, for a worker whose
 * `share_status_with_platform` consent is active, the event is POSTed to every endpoint of the
 * worker's partner subscribed to that type, signed
 * `UnionKit-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` with Web
 * Crypto (so this also runs in browsers under `setupWorker`). Delivery never blocks the API response;
 * a delivery without a 2xx within 10 s is retried with exponential backoff (default 5 tries: 1 s, 2 s,
 * 4 s, 8 s). Every delivery and attempt is logged in `store.deliveries`.
 *
 * The signature's `t` is the wall clock (`Date.now()`), not the sandbox clock, so that receivers'
 * 300-second tolerance works even when a test freezes or moves the sandbox clock.
 */
import { sharesStatusWithPlatform } from './domain/consents.js';
import type { DomainEvent, Store } from './store/store.js';
import type { DeliveryRecord, WebhookEndpointRecord } from './store/types.js';
import { formatDateTime } from './time.js';

export const SIGNATURE_HEADER = 'UnionKit-Signature';

export interface WebhookRetryOptions {
  /** Tries in all, the first included. Default 5. */
  attempts?: number;
  /** Delay before the second try, doubled for each next one. Default 1000 ms. */
  baseDelayMs?: number;
  /** How long one try may take before it counts as failed. Default 10 000 ms. */
  timeoutMs?: number;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const encoder = new TextEncoder();

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export async function signPayload(secret: string, body: string, timestampSeconds: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestampSeconds}.${body}`)));
  let hex = '';
  for (const b of mac) hex += b.toString(16).padStart(2, '0');
  return `t=${timestampSeconds},v1=${hex}`;
}

export class WebhookDispatcher {
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly timeoutMs: number;
  /** Pending retry timers, each with the function that releases its `settled()` waiter. */
  private readonly timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly controllers = new Set<AbortController>();
  private generation = 0;
  private unsubscribe: Array<() => void> = [];

  constructor(
    private readonly store: Store,
    private readonly fetchImpl: FetchLike,
    options: WebhookRetryOptions = {},
  ) {
    this.attempts = Math.max(1, options.attempts ?? 5);
    this.baseDelayMs = Math.max(0, options.baseDelayMs ?? 1000);
    this.timeoutMs = Math.max(1, options.timeoutMs ?? 10_000);
    this.unsubscribe.push(store.onEvent((e) => this.dispatch(e)));
    this.unsubscribe.push(store.onReset(() => this.cancelAll()));
  }

  /** Queues deliveries for a status change; returns at once. */
  dispatch(event: DomainEvent): void {
    if (!sharesStatusWithPlatform(this.store, event.workerKey)) return;
    const endpoints = [...this.store.webhookEndpoints.values()].filter(
      (w) => w.partnerId === event.partnerId && w.events.includes(event.type),
    );
    if (endpoints.length === 0) return;
    const payload = JSON.stringify({
      id: this.store.ids.next('whevt'),
      type: event.type,
      createdAt: formatDateTime(this.store.now()),
      data: event.data,
    });
    const eventId = (JSON.parse(payload) as { id: string }).id;
    for (const endpoint of endpoints) {
      const record: DeliveryRecord = {
        id: this.store.ids.next('whd'),
        endpointId: endpoint.id,
        partnerId: endpoint.partnerId,
        url: endpoint.url,
        eventId,
        eventType: event.type,
        payload,
        status: 'pending',
        attempts: [],
      };
      this.store.deliveries.push(record);
      this.schedule(record, endpoint, 0);
    }
  }

  private schedule(record: DeliveryRecord, endpoint: WebhookEndpointRecord, delayMs: number): void {
    const generation = this.generation;
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    this.inFlight.add(done);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(record, endpoint, generation).finally(() => {
        this.inFlight.delete(done);
        release();
      });
    }, delayMs);
    this.timers.set(timer, () => {
      this.inFlight.delete(done);
      release();
    });
  }

  private async attempt(record: DeliveryRecord, endpoint: WebhookEndpointRecord, generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const t = Math.floor(Date.now() / 1000);
    const controller = new AbortController();
    this.controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.timeoutMs);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const signature = await signPayload(endpoint.secret, record.payload, t);
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
        signal: controller.signal,
      });
      statusCode = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (e) {
      error = controller.signal.aborted ? `no response within ${this.timeoutMs} ms` : e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timeout);
      this.controllers.delete(controller);
    }
    if (generation !== this.generation) return;
    record.attempts.push({ at: formatDateTime(new Date()), statusCode, error });
    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      record.status = 'succeeded';
    } else if (record.attempts.length >= this.attempts) {
      record.status = 'failed';
    } else {
      this.schedule(record, endpoint, this.baseDelayMs * 2 ** (record.attempts.length - 1));
    }
  }

  /** Resolves when no delivery is pending (every one succeeded or failed for good). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Drops pending retries and aborts requests in flight (on reset). */
  cancelAll(): void {
    this.generation++;
    for (const [timer, releaseWaiter] of this.timers) {
      clearTimeout(timer);
      releaseWaiter();
    }
    this.timers.clear();
    for (const c of this.controllers) c.abort();
  }

  /** Stops listening and cancels everything pending. */
  dispose(): void {
    this.cancelAll();
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }
}
