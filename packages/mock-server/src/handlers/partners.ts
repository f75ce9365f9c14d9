/** Partner-server operations (secret key): widget sessions, registered origins, worker status, webhook endpoints. */
import type { HttpHandler } from 'msw';
import {
  zAllowedOriginsUpdate,
  zDeleteWebhookEndpointPath,
  zGetWorkerStatusPath,
  zListWebhookEndpointsQuery,
  zWebhookEndpointCreate,
  zWidgetSessionCreate,
} from '@unionkit/contract/schemas';
import { setAllowedOrigins } from '../domain/allowed-origins.js';
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints, workerStatus } from '../domain/partners.js';
import * as serialize from '../domain/serialize.js';
import { createSession } from '../domain/sessions.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json, noContent } from '../http/result.js';

export function partnerHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'createWidgetSession',
      method: 'POST',
      path: '/widget-sessions',
      credential: 'sk',
      idempotent: true,
      body: { schema: zWidgetSessionCreate },
      handle: (ctx) => json(201, serialize.widgetSession(createSession(ctx.store, ctx.partner(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'getCurrentWidgetSession',
      method: 'GET',
      path: '/widget-sessions/current',
      credential: 'wst',
      handle: (ctx) => {
        const { session, partner } = ctx.worker();
        return json(200, serialize.currentWidgetSession(session, partner));
      },
    }),
    operation(rt, {
      operationId: 'getAllowedOrigins',
      method: 'GET',
      path: '/partner/allowed-origins',
      credential: 'sk',
      handle: (ctx) => json(200, { origins: [...ctx.partner().partner.allowedOrigins] }),
    }),
    operation(rt, {
      operationId: 'setAllowedOrigins',
      method: 'PUT',
      path: '/partner/allowed-origins',
      credential: 'sk',
      // A PUT is idempotent as it is: the same body sets the same origins again.
      idempotent: false,
      body: { schema: zAllowedOriginsUpdate },
      handle: (ctx) => json(200, setAllowedOrigins(ctx.partner(), ctx.body)),
    }),
    operation(rt, {
      operationId: 'getWorkerStatus',
      method: 'GET',
      path: '/workers/:workerRef/status',
      credential: 'sk',
      pathParams: zGetWorkerStatusPath,
      handle: (ctx) => json(200, workerStatus(ctx.store, ctx.partner(), ctx.params['workerRef'] ?? '')),
    }),
    operation(rt, {
      operationId: 'createWebhookEndpoint',
      method: 'POST',
      path: '/webhook-endpoints',
      credential: 'sk',
      idempotent: true,
      body: { schema: zWebhookEndpointCreate },
      handle: (ctx) => {
        // the URL as sent: the schema's URL check normalises (drops tabs and line breaks)
        const sent = (ctx.json as { url?: unknown }).url;
        const w = createWebhookEndpoint(ctx.store, ctx.partner(), { ...ctx.body, url: typeof sent === 'string' ? sent : ctx.body.url });
        return json(201, { ...serialize.webhookEndpoint(w), secret: w.secret });
      },
    }),
    operation(rt, {
      operationId: 'listWebhookEndpoints',
      method: 'GET',
      path: '/webhook-endpoints',
      credential: 'sk',
      query: query(zListWebhookEndpointsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listWebhookEndpoints(ctx.store, ctx.partner()), ctx.query);
        return json(200, { data: page.data.map(serialize.webhookEndpoint), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'deleteWebhookEndpoint',
      method: 'DELETE',
      path: '/webhook-endpoints/:id',
      credential: 'sk',
      pathParams: zDeleteWebhookEndpointPath,
      handle: (ctx) => {
        deleteWebhookEndpoint(ctx.store, ctx.partner(), ctx.params['id'] ?? '');
        return noContent();
      },
    }),
  ];
}
