/** Webhook events, redelivery, endpoint delivery logs and the partner's impact report (secret key). */
import type { HttpHandler } from 'msw';
import {
  zGetWebhookEventPath,
  zListWebhookDeliveriesPath,
  zListWebhookDeliveriesQuery,
  zListWebhookEventsQuery,
  zRedeliverWebhookEventPath,
} from '@unionkit/contract/schemas';
import { partnerStats } from '../domain/partner-stats.js';
import {
  deliveryAttempts,
  endpointOf,
  eventToRedeliver,
  getWebhookEvent,
  listWebhookEvents,
  serializeWebhookEvent,
  type WebhookEventFilters,
} from '../domain/webhook-events.js';
import { paginate, toPage, type Page } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';
import type { WebhookDispatcher } from '../webhooks.js';

export function webhookEventHandlers(rt: Runtime, webhooks: WebhookDispatcher): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listWebhookEvents',
      method: 'GET',
      path: '/webhook-events',
      credential: 'sk',
      query: query(zListWebhookEventsQuery, (raw): { page: Page; filters: WebhookEventFilters } => ({
        page: toPage(raw),
        filters: {
          type: raw.type,
          deliveryStatus: raw.deliveryStatus,
          createdAfter: raw.createdAfter === undefined ? undefined : new Date(raw.createdAfter),
        },
      })),
      handle: (ctx) => {
        const page = paginate(listWebhookEvents(ctx.store, ctx.partner(), ctx.query.filters), ctx.query.page);
        return json(200, { data: page.data.map(serializeWebhookEvent), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'getWebhookEvent',
      method: 'GET',
      path: '/webhook-events/:id',
      credential: 'sk',
      pathParams: zGetWebhookEventPath,
      handle: (ctx) => json(200, serializeWebhookEvent(getWebhookEvent(ctx.store, ctx.partner(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'redeliverWebhookEvent',
      method: 'POST',
      path: '/webhook-events/:id/redeliver',
      credential: 'sk',
      idempotent: true,
      pathParams: zRedeliverWebhookEventPath,
      handle: async (ctx) => {
        const event = eventToRedeliver(ctx.store, ctx.partner(), ctx.params['id'] ?? '');
        await webhooks.redeliver(event);
        return json(200, serializeWebhookEvent(event));
      },
    }),
    operation(rt, {
      operationId: 'listWebhookDeliveries',
      method: 'GET',
      path: '/webhook-endpoints/:id/deliveries',
      credential: 'sk',
      pathParams: zListWebhookDeliveriesPath,
      query: query(zListWebhookDeliveriesQuery, toPage),
      handle: (ctx) => {
        const endpoint = endpointOf(ctx.store, ctx.partner(), ctx.params['id'] ?? '');
        return json(200, paginate(deliveryAttempts(ctx.store, endpoint), ctx.query));
      },
    }),
    operation(rt, {
      operationId: 'getPartnerStats',
      method: 'GET',
      path: '/partner/stats',
      credential: 'sk',
      handle: (ctx) => json(200, partnerStats(ctx.store, ctx.partner())),
    }),
  ];
}
