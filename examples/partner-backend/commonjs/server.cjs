#!/usr/bin/env node
// The smallest platform back end in plain CommonJS (no build step, no "type": "module"): Node.js 20.19
// and later load UnionKit's ES modules with require(). It mints a widget session for the logged-in
// rider, receives the union's signed webhooks (each recorded once by its id), and asks the union to
// redeliver the events its receiver missed. Configuration from the environment:
//   UNIONKIT_API_BASE_URL   e.g. http://127.0.0.1:4010/v1 (the sandbox: npx unionkit-mock --port 4010)
//   UNIONKIT_SECRET_KEY     sk_… (the sandbox's sk_test_demo_delivery)
//   UNIONKIT_WEBHOOK_SECRET whsec_… of the endpoint you registered
//   PORT                    default 8081
//   node examples/partner-backend/commonjs/server.cjs
'use strict';
const { createServer } = require('node:http');
const { UnionClient } = require('@unionkit/sdk');
const { constructEvent, isKnownEvent, readRawBody, WebhookSignatureError } = require('@unionkit/sdk/server');

const union = new UnionClient({ baseUrl: process.env.UNIONKIT_API_BASE_URL, token: process.env.UNIONKIT_SECRET_KEY });
/** Events received, by id: a redelivered event is recorded once. */
const received = new Map();

/** How the platform knows who is logged in; this example has one rider. */
const currentRider = () => 'rider-cjs-001';

async function handle(req, res) {
  if (req.method === 'POST' && req.url === '/api/union/session') {
    const session = await union.widgetSessions.create({ workerRef: currentRider(), components: ['membership', 'help'] });
    // The page gets the short-lived client token, never the secret key.
    return json(res, 200, { clientToken: session.clientToken, expiresAt: session.expiresAt });
  }
  if (req.method === 'POST' && req.url === '/webhooks/unionkit') {
    try {
      const event = await constructEvent(await readRawBody(req), req.headers['unionkit-signature'], process.env.UNIONKIT_WEBHOOK_SECRET);
      if (!received.has(event.id)) received.set(event.id, { type: event.type, known: isKnownEvent(event) });
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(error instanceof WebhookSignatureError ? 400 : 500).end();
    }
    return;
  }
  if (req.method === 'POST' && req.url === '/admin/redeliver-missed') {
    // After downtime: every event the union could not deliver, sent again.
    const sent = [];
    for await (const event of union.webhookEvents.list({ deliveryStatus: 'failed' })) {
      await union.webhookEvents.redeliver(event.id);
      sent.push(event.id);
    }
    return json(res, 200, { redelivered: sent });
  }
  if (req.method === 'GET' && req.url === '/admin/received') return json(res, 200, { events: [...received.keys()] });
  res.writeHead(404).end();
}

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(502).end();
  });
});
server.listen(Number(process.env.PORT ?? 8081), '127.0.0.1', () => {
  console.log(`partner back end (CommonJS) on http://127.0.0.1:${server.address().port}`);
});
