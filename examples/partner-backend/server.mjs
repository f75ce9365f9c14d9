#!/usr/bin/env node
// A platform's back end, as small as it can honestly be. It holds the secret key (the browser never
// sees it), mints a widget session for the rider who is logged in to the platform, and receives the
// union's signed webhooks — re-registering its endpoint when the union no longer has it (a sandbox
// reset). It shows a rider's page only what the platform heard about that rider: webhooks and
// `GET /workers/{workerRef}/status`, both of which say nothing without the rider's consent to share.
// It also collects a union premium from the rider's wallet when the rider asks (premium.mjs), and
// after downtime asks the union to redeliver the events that did not arrive (`redeliverMissed()`;
// receiving deduplicates by event id, so a redelivered event is recorded once). Run the sandbox first (`npm start` at the repository root), then:
//   node examples/partner-backend/server.mjs
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { UnionClient, ApiError } from '@unionkit/sdk';
import { constructEvent, readRawBody, WebhookSignatureError } from '@unionkit/sdk/server';
import { createWallets, payPremium } from './premium.mjs';

const ALL_COMPONENTS = ['membership', 'insurance', 'service_map', 'events', 'jobs', 'help'];
/** The largest JSON body the back end reads from the page. */
const BODY_LIMIT = 1024;

/**
 * Starts the partner back end.
 * @param {object} options
 * @param {string} options.apiBaseUrl  UnionKit API base, e.g. `http://localhost:4010/v1`.
 * @param {string} options.secretKey   The partner's secret key (`sk_…`), from the environment.
 * @param {number} [options.port]      0 picks a free port.
 * @param {string} [options.host]
 * @param {(req: import('node:http').IncomingMessage) => { workerRef: string, activeOrdersLast7Days: number }} [options.currentRider]
 *   How the platform knows who is logged in. The demo has one rider.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>} [options.fallback]
 *   Serves anything else (the rider app's pages); answers true when it handled the request.
 */
export async function startPartnerBackend({
  apiBaseUrl,
  secretKey,
  port = 0,
  host = '127.0.0.1',
  currentRider = () => ({ workerRef: 'rider-demo-001', activeOrdersLast7Days: 42 }),
  fallback,
}) {
  const union = new UnionClient({ baseUrl: apiBaseUrl, token: secretKey });
  /** @type {{ id: string, receivedAt: string, type: string, data: unknown }[]} */
  const webhookEvents = [];
  /** The union's record of our webhook endpoint, with its signing secret. */
  let endpoint = /** @type {{ id: string, url: string, secret: string } | undefined} */ (undefined);
  /** @type {Promise<void> | undefined} */
  let ensuring;
  let webhookUrl = '';
  /** The riders' wallets (the platform's own money business; the demo keeps them in memory). */
  const wallets = createWallets();

  /**
   * Makes sure the union still has our webhook endpoint, and registers it again when it has not (a
   * sandbox reset forgets every endpoint): without it no webhook would ever arrive again. One check
   * at a time, so two callers never register it twice.
   */
  function ensureWebhookEndpoint() {
    ensuring ??= (async () => {
      try {
        if (endpoint) {
          for await (const e of union.webhookEndpoints.list({ limit: 100 })) {
            if (e.id === endpoint.id && e.url === endpoint.url) return;
          }
        }
        const created = await union.webhookEndpoints.create({ url: webhookUrl, events: ['member.status_changed', 'coverage.status_changed'] });
        endpoint = { id: created.id, url: created.url, secret: created.secret };
      } finally {
        ensuring = undefined;
      }
    })();
    return ensuring;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://backend');
    try {
      if (req.method === 'POST' && url.pathname === '/api/union/session') {
        const rider = currentRider(req);
        // A good moment to check the subscription; a failed check must not cost the rider the page.
        await ensureWebhookEndpoint().catch(() => undefined);
        const session = await union.widgetSessions.create({
          workerRef: rider.workerRef,
          components: ALL_COMPONENTS,
          attestation: { activeOrdersLast7Days: rider.activeOrdersLast7Days },
        });
        // Only the client token and its expiry go to the page.
        return json(res, 200, { clientToken: session.clientToken, expiresAt: session.expiresAt });
      }
      if (req.method === 'POST' && url.pathname === '/webhooks/unionkit') {
        const raw = await readRawBody(req);
        const event = await constructEvent(raw, req.headers['unionkit-signature'], endpoint?.secret ?? '');
        // a retried or redelivered event carries the same id: record it once
        if (!webhookEvents.some((e) => e.id === event.id)) {
          webhookEvents.unshift({ id: event.id, receivedAt: new Date().toISOString(), type: event.type, data: event.data });
          webhookEvents.length = Math.min(webhookEvents.length, 50);
        }
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET' && url.pathname === '/api/union/webhook-events') {
        // A rider's page sees what the platform heard about that rider, not about other riders.
        const { workerRef } = currentRider(req);
        return json(res, 200, { data: webhookEvents.filter((e) => e.data?.workerRef === workerRef) });
      }
      if (req.method === 'GET' && url.pathname === '/api/wallet') {
        const wallet = wallets.of(currentRider(req).workerRef);
        return json(res, 200, { balanceFen: wallet.balanceFen, entries: wallet.entries });
      }
      if (req.method === 'POST' && url.pathname === '/api/union/pay-premium') {
        // The rider chose to pay a union premium from the wallet (the page cancelled the widget's
        // union-payment-required): see premium.mjs.
        const body = await readJsonBody(req);
        if (body.error) return json(res, body.error === 'too_large' ? 413 : 400, { error: body.error });
        const answer = await payPremium({ union, apiBaseUrl, wallets, workerRef: currentRider(req).workerRef, body: body.value });
        return json(res, answer.status, answer.body);
      }
      if (req.method === 'GET' && url.pathname === '/api/union/worker-status') {
        // What the platform may ask about its rider: status only with the rider's consent to share,
        // else `shared: false` and nothing else.
        return json(res, 200, await union.workers.retrieveStatus(currentRider(req).workerRef));
      }
      if (fallback && (await fallback(req, res))) return;
      json(res, 404, { error: 'not_found' });
    } catch (error) {
      if (error instanceof WebhookSignatureError) return json(res, 400, { error: error.reason });
      if (error instanceof ApiError) return json(res, 502, { error: error.code, requestId: error.requestId });
      json(res, 500, { error: 'internal_error' });
    }
  });

  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host}:${address.port}`;

  // Subscribe to the union's webhooks for workers who agreed to share their status.
  webhookUrl = `${url}/webhooks/unionkit`;
  try {
    await ensureWebhookEndpoint();
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  }

  /** Asks the union to send one event again now; answers the event after the attempt. */
  function redeliver(eventId) {
    return union.webhookEvents.redeliver(eventId);
  }

  /**
   * After downtime (call it when the back end starts again, or from a scheduled job): every event
   * the union could not deliver — given up after 72 hours, or still waiting for a retry — is sent
   * again now. Answers the ids that arrived this time.
   */
  async function redeliverMissed() {
    const missed = [];
    for (const deliveryStatus of /** @type {const} */ (['failed', 'pending'])) {
      for await (const event of union.webhookEvents.list({ deliveryStatus, limit: 100 })) missed.push(event.id);
    }
    const arrived = [];
    for (const id of missed) {
      const event = await redeliver(id).catch(() => undefined); // e.g. the rider withdrew the consent to share since
      if (event?.deliveryStatus === 'succeeded') arrived.push(id);
    }
    return arrived;
  }

  return {
    url,
    webhookEvents,
    wallets,
    ensureWebhookEndpoint,
    redeliver,
    redeliverMissed,
    async close() {
      if (endpoint) await union.webhookEndpoints.del(endpoint.id).catch(() => undefined);
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The request's JSON body, at most `limit` bytes: `{ value }`, or `{ error }` (too_large, invalid_json). */
export async function readJsonBody(req, limit = BODY_LIMIT) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return { error: 'too_large' };
    chunks.push(chunk);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') };
  } catch {
    return { error: 'invalid_json' };
  }
}

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const backend = await startPartnerBackend({
    apiBaseUrl: process.env.UNIONKIT_API_URL ?? 'http://localhost:4010/v1',
    secretKey: process.env.UNIONKIT_SECRET_KEY ?? 'sk_test_demo_delivery',
    port: Number(process.env.PORT ?? 8081),
  });
  console.log(`partner back end on ${backend.url}`);
  console.log(`  POST ${backend.url}/api/union/session     → a widget session for the logged-in rider`);
  console.log(`  POST ${backend.url}/webhooks/unionkit     ← the union's signed webhooks`);
  console.log(`  POST ${backend.url}/api/union/pay-premium → pay a union premium from the rider's wallet`);
}
