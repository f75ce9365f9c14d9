// Memory stays bounded whatever the traffic: idempotency keeps digests, capped by count and bytes,
// and nothing for refused requests; sessions, rate-limit windows and the webhook log have caps too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { becomeMember, raw, SK, startHarness } from './support/harness.js';

const KiB = 1024;

test('a flood of large rejected requests stores nothing', async (t) => {
  const h = await startHarness(t, { rateLimit: { authFailureLimit: 0 } });
  const store = h.server.sandbox.store;
  const token = await h.session();
  const big = JSON.stringify({ mobile: '13800138000', padding: 'x'.repeat(1000 * KiB) });
  const refused = [
    // unknown credential
    { Authorization: 'Bearer wst_made_up', 'Content-Type': 'application/json' },
    // validation (an unknown field, a wrong content type)
    { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
  ];
  const statuses = new Set<number>();
  for (let i = 0; i < 45; i++) {
    const res = await raw(h.server, { method: 'POST', path: '/v1/sms-verifications', headers: { ...refused[i % 3]!, 'Idempotency-Key': `flood-${i}` }, body: big });
    statuses.add(res.status);
  }
  assert.deepEqual([...statuses].sort(), [401, 415, 422]);
  assert.equal(store.idempotency.size, 0, 'no record for a request refused before processing');
  assert.equal(store.idempotency.bytes, 0);
  assert.equal(store.smsVerifications.size, 0);
});

test('idempotency records keep a digest of the request, never its body', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const res = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'digest' } });
  assert.equal(res.status, 201);
  const [record] = [...h.server.sandbox.store.idempotency.values()];
  assert.ok(record);
  assert.match(record.fingerprint, /^[0-9a-f]{64}$/);
  assert.ok(!JSON.stringify(record).includes('13800138000'), 'the request body is not kept');
});

test('idempotency records are capped by count and by bytes, the oldest evicted first', async (t) => {
  const h = await startHarness(t, { limits: { idempotencyRecords: 5, idempotencyBytes: 1_000_000 } });
  const store = h.server.sandbox.store;
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: `cap-${i}`, components: ['jobs'] }, headers: { 'Idempotency-Key': `k${i}` } });
    ids.push(res.body.id);
    assert.ok(store.idempotency.size <= 5, `${store.idempotency.size} records`);
  }
  const newest = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: 'cap-11', components: ['jobs'] }, headers: { 'Idempotency-Key': 'k11' } });
  assert.equal(newest.headers.get('idempotent-replayed'), 'true');
  assert.equal(newest.body.id, ids[11]);
  const oldest = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: 'cap-0', components: ['jobs'] }, headers: { 'Idempotency-Key': 'k0' } });
  assert.equal(oldest.headers.get('idempotent-replayed'), null, 'the oldest key was evicted');

  const byBytes = await startHarness(t, { limits: { idempotencyRecords: 1000, idempotencyBytes: 3_000 } });
  for (let i = 0; i < 20; i++) {
    await byBytes.call('POST', '/widget-sessions', { token: SK, body: { workerRef: `b-${i}`, components: ['jobs'] }, headers: { 'Idempotency-Key': `b${i}` } });
    assert.ok(byBytes.server.sandbox.store.idempotency.bytes <= 3_000, `${byBytes.server.sandbox.store.idempotency.bytes} bytes`);
  }
  assert.ok(byBytes.server.sandbox.store.idempotency.size > 0);
});

test('expired sessions are dropped and live ones are capped', async (t) => {
  const h = await startHarness(t, { limits: { sessions: 10 }, rateLimit: { limit: 0 } });
  const store = h.server.sandbox.store;
  const first = await h.session({ workerRef: 's-first' });
  for (let i = 0; i < 30; i++) await h.session({ workerRef: `s-${i}` });
  assert.ok(store.sessions.size <= 10 && store.tokens.size <= 10, `${store.sessions.size} sessions`);
  assert.equal((await h.call('GET', '/events?limit=1', { token: first })).status, 401, 'the oldest session made way');
  // an expired token still says so (the widgets then fetch a new one) …
  const last = await h.session({ workerRef: 's-last' });
  store.clock.advance(15 * 60 * 1000);
  await h.session({ workerRef: 's-expired' });
  assert.equal((await h.call('GET', '/events?limit=1', { token: last })).body.code, 'token_expired');
  // … for a day; then expired sessions are gone
  store.clock.advance(24 * 60 * 60 * 1000 + 15 * 60 * 1000);
  await h.session({ workerRef: 's-after' });
  assert.equal(store.sessions.size, 1, 'expired sessions are gone');
});

test('rate-limit windows and failed-authentication counters are capped', async (t) => {
  const h = await startHarness(t, { limits: { rateLimitBuckets: 8 }, rateLimit: { authFailureLimit: 0 } });
  const store = h.server.sandbox.store;
  for (let i = 0; i < 25; i++) {
    const token = await h.session({ workerRef: `rl-${i}` });
    await h.call('GET', '/events?limit=1', { token });
    assert.ok(store.rateWindows.size <= 8, `${store.rateWindows.size} windows`);
  }
});

test('the webhook delivery log and the pending queue are capped: past the cap the oldest waiting delivery is dropped, and logged', async (t) => {
  const lines: string[] = [];
  const h = await startHarness(t, { limits: { deliveryLog: 4, pendingDeliveries: 2 }, webhookRetry: { attempts: 1, timeoutMs: 5_000 }, log: (line) => lines.push(line) });
  // an endpoint that never answers: its deliveries stay pending
  const { createServer: createTcpServer } = await import('node:net');
  const held = new Set<import('node:net').Socket>();
  const sink = createTcpServer((s) => (held.add(s), s.on('error', () => undefined)));
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => (held.forEach((s) => s.destroy()), sink.close(() => r()))));
  const port = (sink.address() as { port: number }).port;
  const stuck = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: `http://127.0.0.1:${port}/hooks`, events: ['member.status_changed'] } });
  for (let i = 0; i < 4; i++) await becomeMember(h, await h.session({ workerRef: `wh-${i}` }), { share: true, mobile: `1380013800${i}` });
  const log = h.server.sandbox.deliveries();
  assert.equal(log.filter((d) => d.status === 'pending').length, 2);
  const dropped = log.filter((d) => d.status === 'failed');
  assert.deepEqual(
    dropped.map((d) => JSON.parse(d.payload).data.workerRef),
    ['wh-0', 'wh-1'],
    'the oldest waiting deliveries make room for the newest',
  );
  assert.ok(dropped.every((d) => d.attempts.length === 0 && /queue/i.test(d.reason ?? '')));
  const told = lines.filter((l) => /delivery queue full/.test(l));
  assert.equal(told.length, 2);
  assert.match(told.at(-1)!, /2 dropped since start/);
  await h.call('DELETE', `/webhook-endpoints/${stuck.body.id}`, { token: SK });
  await h.server.sandbox.webhooksSettled();

  // a receiver that answers at once: the log keeps only the latest deliveries
  const receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => (receiver.closeAllConnections(), receiver.close(() => r()))));
  const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url, events: ['member.status_changed'] } });
  for (let i = 4; i < 10; i++) {
    await becomeMember(h, await h.session({ workerRef: `wh-${i}` }), { share: true, mobile: `1380013800${i}` });
    await h.server.sandbox.webhooksSettled();
  }
  const kept = h.server.sandbox.deliveries();
  assert.ok(kept.length <= 4, `${kept.length} deliveries kept`);
  assert.equal(kept.at(-1)!.status, 'succeeded');
  assert.ok(JSON.parse(kept.at(-1)!.payload).data.workerRef === 'wh-9', 'the newest is kept');
});
