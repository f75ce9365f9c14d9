// Webhook delivery cannot be turned against the network: no redirects followed, no link-local or
// metadata targets, no malformed URLs stored; retries end with the endpoint; a reset keeps the
// partner's endpoints, so the next approval is still announced.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { becomeMember, SK, snapshot, startHarness } from './support/harness.js';

async function listen(t: TestContext, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const got: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push(Buffer.concat(chunks).toString('utf8'));
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, got };
}

test('a redirect from the receiver is a failed delivery: the signed body never goes to the Location', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 2, baseDelayMs: 10 } });
  const elsewhere = await listen(t, (_req, res) => res.writeHead(204).end());
  const receiver = await listen(t, (_req, res) => res.writeHead(307, { Location: elsewhere.url }).end());
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: receiver.url, events: ['member.status_changed'] } });
  await becomeMember(h, await h.session({ workerRef: 'redirected' }), { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(elsewhere.got.length, 0, 'nothing was sent to the Location');
  assert.equal(receiver.got.length, 2);
  const [delivery] = h.server.sandbox.deliveries();
  assert.equal(delivery!.status, 'failed');
  assert.deepEqual(delivery!.attempts.map((a) => a.statusCode), [307, 307]);
});

test('retries stop when the endpoint is deleted, and after a reset', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 5, baseDelayMs: 150 } });
  const receiver = await listen(t, (_req, res) => res.writeHead(500).end());
  const created = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: receiver.url, events: ['member.status_changed'] } });
  await becomeMember(h, await h.session({ workerRef: 'deleted' }), { share: true });
  const deadline = Date.now() + 5000;
  while (receiver.got.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.equal((await h.call('DELETE', `/webhook-endpoints/${created.body.id}`, { token: SK })).status, 204);
  await h.server.sandbox.webhooksSettled();
  assert.equal(receiver.got.length, 1, 'no retry after the delete');
  const [delivery] = h.server.sandbox.deliveries();
  assert.equal(delivery!.status, 'failed');
  assert.match(delivery!.reason ?? '', /deleted/);

  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: receiver.url, events: ['member.status_changed'] } });
  await becomeMember(h, await h.session({ workerRef: 'reset' }), { share: true });
  while (receiver.got.length === 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK })).status, 204);
  await h.server.sandbox.webhooksSettled();
  assert.equal(receiver.got.length, 2, 'no retry after the reset');
});

test('endpoint URLs: link-local, metadata, unspecified and multicast addresses are refused in every spelling', async (t) => {
  const h = await startHarness(t);
  const before = snapshot(h);
  for (const url of [
    'http://169.254.169.254/latest/meta-data/',
    'http://169.254.0.1:8080/hooks',
    'http://2852039166/',
    'http://0xa9fea9fe/',
    'http://0251.0376.0251.0376/',
    'http://169.254.43518/',
    'http://169.254.169.254./',
    'http://[fe80::1]/hooks',
    'http://[FE80::abcd]:9000/',
    'http://[febf::1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[::169.254.169.254]/',
    'http://[64:ff9b::169.254.169.254]/',
    'http://0.0.0.0:8080/',
    'http://0/',
    'http://[::]/',
    'http://[::ffff:0.0.0.0]/',
    'http://224.0.0.1/',
    'http://239.255.255.250:1900/',
    'http://255.255.255.255/',
    'http://[ff02::1]/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://METADATA.GOOGLE.INTERNAL./',
  ]) {
    const res = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url, events: ['member.status_changed'] } });
    assert.equal(res.status, 422, url);
    assert.equal(res.body.code, 'validation_failed', url);
    assert.equal(res.body.errors[0].path, 'url', url);
    assert.match(res.body.errors[0].message, /[\u4e00-\u9fff].* [A-Za-z]/, 'bilingual');
  }
  assert.equal(snapshot(h), before);
});

test('endpoint URLs with spaces, control characters or credentials are refused, not stored', async (t) => {
  const h = await startHarness(t);
  const before = snapshot(h);
  for (const url of [
    'http://127.0.0.1:9/has space',
    'http://127.0.0.1:9/tab\there',
    'http://127.0.0.1:9/line\nbreak',
    'http://127.0.0.1:9/nul\u0000',
    'http://127.0.0.1:9/del\u007f',
    ' http://127.0.0.1:9/leading',
    'http://127.0.0.1:9/trailing ',
    'http://user:pass@127.0.0.1:9/hooks',
    'http://user@127.0.0.1:9/hooks',
    'http://127.0.0.1:9/caf\u00e9',
    'http:/127.0.0.1:9/hooks',
    'http://127.0.0.1:9\\hooks',
    `http://127.0.0.1:9/${'x'.repeat(2100)}`,
  ]) {
    const res = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url, events: ['member.status_changed'] } });
    assert.equal(res.status, 422, JSON.stringify(url));
    assert.equal(res.body.errors[0].path, 'url', JSON.stringify(url));
  }
  assert.equal(snapshot(h), before);
});

test('loopback, private and public endpoints are accepted, stored exactly as given', async (t) => {
  const h = await startHarness(t);
  for (const url of ['http://127.0.0.1:9/hooks', 'http://localhost:3000/hooks?x=1', 'http://[::1]:9/x', 'http://10.0.0.5/hooks', 'https://partner.example/unionkit/webhooks']) {
    const res = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url, events: ['member.status_changed'] } });
    assert.equal(res.status, 201, url);
    assert.equal(res.body.url, url);
  }
});

test('a partner cannot register endpoints without end', async (t) => {
  const h = await startHarness(t, { limits: { webhookEndpointsPerPartner: 3 } });
  for (let i = 0; i < 3; i++) {
    assert.equal((await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: `http://127.0.0.1:9/h${i}`, events: ['member.status_changed'] } })).status, 201);
  }
  const fourth = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://127.0.0.1:9/h3', events: ['member.status_changed'] } });
  assert.equal(fourth.status, 409);
  assert.equal(fourth.body.code, 'invalid_state');
  assert.equal(h.server.sandbox.store.webhookEndpoints.size, 3);
});

test('after POST /sandbox/reset the next approval still sends its webhook: the partner endpoint stays registered', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 2, baseDelayMs: 10 } });
  const receiver = await listen(t, (_req, res) => res.writeHead(204).end());
  // what the demo partner back end does once at start-up
  const created = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: receiver.url, events: ['member.status_changed', 'coverage.status_changed'] } });
  await becomeMember(h, await h.session({ workerRef: 'before-reset' }), { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(receiver.got.length, 1);

  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK })).status, 204);
  const list = await h.call('GET', '/webhook-endpoints', { token: SK });
  assert.deepEqual(list.body.data.map((w: { id: string }) => w.id), [created.body.id]);
  await becomeMember(h, await h.session({ workerRef: 'after-reset' }), { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(receiver.got.length, 2, 'the approval after the reset was announced');
  assert.equal(JSON.parse(receiver.got[1]!).data.workerRef, 'after-reset');
});

test('a host name that resolves to a link-local or metadata address is not delivered to, and no request is sent', async (t) => {
  const names: Record<string, string[]> = {
    'metadata-alias.example': ['169.254.169.254'],
    'mapped-alias.example': ['203.0.113.7', '::ffff:169.254.169.254'],
    'v6-alias.example': ['fe80::1'],
  };
  const h = await startHarness(t, {
    webhookRetry: { attempts: 1, baseDelayMs: 10 },
    resolveHost: async (name: string) => names[name] ?? ['127.0.0.1'],
  });
  for (const name of Object.keys(names)) {
    const res = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: `http://${name}/hooks`, events: ['member.status_changed'] } });
    assert.equal(res.status, 201, 'a name is stored: what it resolves to is checked at delivery');
  }
  await becomeMember(h, await h.session({ workerRef: 'resolved' }), { share: true });
  await h.server.sandbox.webhooksSettled();
  const deliveries = h.server.sandbox.deliveries();
  assert.equal(deliveries.length, 3);
  for (const d of deliveries) {
    assert.equal(d.status, 'failed', d.url);
    assert.deepEqual(d.attempts, [], `${d.url}: no request was sent`);
    assert.match(d.reason ?? '', /resolves to a (link-local|metadata)/, d.url);
  }
});

test('the node server asks DNS for webhook host names, and a loopback name is delivered to as usual', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 1, baseDelayMs: 10 } });
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://localhost:1/hooks', events: ['member.status_changed'] } });
  await becomeMember(h, await h.session({ workerRef: 'loopback-name' }), { share: true });
  await h.server.sandbox.webhooksSettled();
  const [delivery] = h.server.sandbox.deliveries();
  assert.equal(delivery!.attempts.length, 1, 'the delivery was tried (nothing listens on port 1, so it failed there)');
  assert.doesNotMatch(delivery!.reason ?? '', /resolves to/);
});
