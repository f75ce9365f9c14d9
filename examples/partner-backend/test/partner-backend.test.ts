// The example back end does what a platform's must: mint sessions without ever handing out the
// secret key, and accept only correctly signed webhooks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { signPayload } from '@unionkit/sdk/server';
import { startPartnerBackend } from '../server.mjs';
import { joinAndApprove } from './support/member.js';

let sandbox: Awaited<ReturnType<typeof startMockServer>>;
let backend: Awaited<ReturnType<typeof startPartnerBackend>>;

before(async () => {
  sandbox = await startMockServer({ port: 0, webhookRetry: { attempts: 2, baseDelayMs: 20 } });
  backend = await startPartnerBackend({ apiBaseUrl: `${sandbox.url}/v1`, secretKey: 'sk_test_demo_delivery' });
});

after(async () => {
  await backend.close();
  await sandbox.close();
});

test('the page gets a client token for the logged-in rider and never the secret key', async () => {
  const response = await fetch(`${backend.url}/api/union/session`, { method: 'POST' });
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.doesNotMatch(text, /sk_test/);
  const session = JSON.parse(text) as { clientToken: string; expiresAt: string };
  assert.match(session.clientToken, /^wst_/);

  const worker = new UnionClient({ baseUrl: `${sandbox.url}/v1`, token: session.clientToken });
  const page = await worker.servicePoints.list({ limit: 1 });
  assert.equal(page.data.length, 1);
});

test('a member.status_changed webhook reaches the back end once the union approves the rider', async () => {
  const { clientToken } = (await (await fetch(`${backend.url}/api/union/session`, { method: 'POST' })).json()) as {
    clientToken: string;
  };
  await joinAndApprove(`${sandbox.url}/v1`, clientToken);

  for (let i = 0; i < 100 && backend.webhookEvents.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(backend.webhookEvents[0]?.type, 'member.status_changed');
  assert.deepEqual(backend.webhookEvents[0]?.data, {
    workerRef: 'rider-demo-001',
    status: 'active',
    since: (backend.webhookEvents[0]?.data as { since: string }).since,
  });
  const serialised = JSON.stringify(backend.webhookEvents);
  for (const personal of ['李娜', '310104199203150418', '13912345678']) assert.ok(!serialised.includes(personal));
});

test('a redelivered event arrives again and is recorded once; nothing is missed once every event arrived', async () => {
  for (let i = 0; i < 100 && backend.webhookEvents.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  const [first] = backend.webhookEvents;
  assert.ok(first, 'the approval was announced (previous test)');
  const event = await backend.redeliver(first.id);
  assert.equal(event.deliveryStatus, 'succeeded');
  assert.equal(event.attemptCount, 2, 'the first delivery and the redelivery');
  assert.equal(backend.webhookEvents.filter((e) => e.id === first.id).length, 1, 'deduplicated by event id');
  assert.deepEqual(await backend.redeliverMissed(), []);
});

test('a webhook signed with another secret is refused and not recorded', async () => {
  const before = backend.webhookEvents.length;
  const body = JSON.stringify({
    id: 'evt_forged',
    type: 'member.status_changed',
    createdAt: '2026-11-28T10:00:00+08:00',
    data: { workerRef: 'rider-demo-001', status: 'left', since: '2026-11-28' },
  });
  const response = await fetch(`${backend.url}/webhooks/unionkit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'unionkit-signature': await signPayload('whsec_forged', body) },
    body,
  });
  assert.equal(response.status, 400);
  assert.equal(backend.webhookEvents.length, before);
});
