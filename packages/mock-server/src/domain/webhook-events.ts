/**
 * What a partner reads about its webhooks: the events sent to it (`GET /webhook-events`, filtered by
 * type, delivery status and time, newest first), one event, and each endpoint's delivery log (every
 * attempt: when, the status or network error, how long, the retry due after it — never a body).
 * Redelivery (`POST /webhook-events/{id}/redeliver`) is checked here and done by `../webhooks.ts`.
 */
import type {
  WebhookDeliveryAttempt,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEvent,
  WebhookEventType,
} from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { DeliveryRecord, WebhookEndpointRecord, WebhookEventRecord } from '../store/types.js';
import { formatDateTime } from '../time.js';
import type { PartnerActor } from './actor.js';
import { sharesStatusWithPlatform } from './consents.js';
import { notFound, ProblemError } from './problem.js';

export interface WebhookEventFilters {
  type?: WebhookEventType | undefined;
  deliveryStatus?: WebhookDeliveryStatus | undefined;
  createdAfter?: Date | undefined;
}

/** `pending` while any delivery waits, `succeeded` when every one arrived, else `failed`. */
export function deliveryStatusOf(event: WebhookEventRecord): WebhookDeliveryStatus {
  if (event.deliveries.some((d) => d.status === 'pending')) return 'pending';
  return event.deliveries.every((d) => d.status === 'succeeded') ? 'succeeded' : 'failed';
}

export function serializeWebhookEvent(event: WebhookEventRecord): WebhookEvent {
  const due = event.deliveries
    .filter((d) => d.status === 'pending' && d.nextAttemptAt)
    .map((d) => d.nextAttemptAt!.getTime());
  return {
    id: event.id,
    type: event.type,
    createdAt: formatDateTime(event.createdAt),
    deliveryStatus: deliveryStatusOf(event),
    attemptCount: event.deliveries.reduce((n, d) => n + d.attempts.length, 0),
    nextRetryAt: due.length > 0 ? formatDateTime(new Date(Math.min(...due))) : null,
    data: structuredClone(event.data),
  };
}

/** The partner's events, newest first. */
export function listWebhookEvents(store: Store, actor: PartnerActor, filters: WebhookEventFilters): WebhookEventRecord[] {
  const out: WebhookEventRecord[] = [];
  for (const event of store.webhookEvents.values()) {
    if (event.partnerId !== actor.partner.id) continue;
    if (filters.type && event.type !== filters.type) continue;
    if (filters.createdAfter && event.createdAt.getTime() <= filters.createdAfter.getTime()) continue;
    if (filters.deliveryStatus && deliveryStatusOf(event) !== filters.deliveryStatus) continue;
    out.push(event);
  }
  return out.reverse();
}

export function getWebhookEvent(store: Store, actor: PartnerActor, id: string): WebhookEventRecord {
  const event = store.webhookEvents.get(id);
  if (!event || event.partnerId !== actor.partner.id) throw notFound('Webhook 事件', 'webhook event');
  return event;
}

/**
 * The event to redeliver: the partner's, its worker still sharing (a withdrawn consent stops every
 * later delivery), and at least one of its endpoints still registered.
 */
export function eventToRedeliver(store: Store, actor: PartnerActor, id: string): WebhookEventRecord {
  const event = getWebhookEvent(store, actor, id);
  if (!sharesStatusWithPlatform(store, event.workerKey)) {
    throw new ProblemError(
      409,
      'invalid_state',
      '该劳动者已撤回共享状态的同意，事件不再投递。 The worker has withdrawn the consent to share their status; the event is not delivered again.',
    );
  }
  if (!event.deliveries.some((d) => store.webhookEndpoints.get(d.endpointId))) {
    throw new ProblemError(
      409,
      'invalid_state',
      '当初接收该事件的 Webhook 地址都已删除。 Every endpoint the event was sent to has been deleted.',
    );
  }
  return event;
}

export function endpointOf(store: Store, actor: PartnerActor, id: string): WebhookEndpointRecord {
  const endpoint = store.webhookEndpoints.get(id);
  if (!endpoint || endpoint.partnerId !== actor.partner.id) throw notFound('Webhook 端点', 'webhook endpoint');
  return endpoint;
}

/** Every attempt to the endpoint still in the delivery log, newest first. */
export function deliveryAttempts(store: Store, endpoint: WebhookEndpointRecord): WebhookDeliveryAttempt[] {
  const out: (WebhookDeliveryAttempt & { seq: number })[] = [];
  const log: readonly DeliveryRecord[] = store.deliveries;
  for (let i = log.length - 1; i >= 0; i--) {
    const d = log[i]!;
    if (d.endpointId !== endpoint.id) continue;
    for (const [n, a] of d.attempts.entries()) {
      out.push({
        seq: a.seq,
        id: `${d.id}.${n + 1}`,
        eventId: d.eventId,
        eventType: d.eventType,
        trigger: a.trigger,
        attemptedAt: a.at,
        statusCode: a.statusCode,
        error: a.error,
        durationMs: a.durationMs,
        succeeded: a.error === null && a.statusCode !== null && a.statusCode >= 200 && a.statusCode < 300,
        nextRetryAt: a.nextRetryAt,
      });
    }
  }
  return out.sort((a, b) => b.seq - a.seq).map(({ seq: _seq, ...attempt }) => attempt);
}

/** An endpoint as listed: `failing` while its failures go on (never disabled). */
export function endpointHealth(w: WebhookEndpointRecord): Pick<WebhookEndpoint, 'status' | 'failingSince'> {
  return { status: w.failingSince ? 'failing' : 'active', failingSince: w.failingSince ? formatDateTime(w.failingSince) : null };
}
