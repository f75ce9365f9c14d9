// Rate limits and the sandbox failure scenarios.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SK, snapshot, startHarness } from './support/harness.js';

test('past the per-credential limit: 429 rate_limited with Retry-After; the window resets', async (t) => {
  const h = await startHarness(t, { rateLimit: { limit: 3, windowMs: 60_000 } });
  const a = await h.session({ workerRef: 'a' }); // the sk bucket: 1
  const remaining: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await h.call('GET', '/events?limit=1', { token: a });
    assert.equal(res.status, 200);
    remaining.push(res.headers.get('ratelimit-remaining')!);
    assert.equal(res.headers.get('ratelimit-limit'), '3');
    assert.equal(res.headers.get('ratelimit-reset'), '60');
  }
  assert.deepEqual(remaining, ['2', '1', '0']);
  const limited = await h.call('GET', '/events?limit=1', { token: a });
  assert.equal(limited.status, 429);
  assert.equal(limited.body.code, 'rate_limited');
  assert.equal(limited.headers.get('retry-after'), '60');
  assert.equal(limited.headers.get('ratelimit-remaining'), '0');
  // another credential has its own window
  const b = await h.session({ workerRef: 'b' });
  assert.equal((await h.call('GET', '/events?limit=1', { token: b })).status, 200);
  h.server.sandbox.store.clock.advance(60_000);
  assert.equal((await h.call('GET', '/events?limit=1', { token: a })).status, 200);
});

test('scenario rate_limited → 429 with Retry-After: 1, server_error → 500, and nothing changes', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const before = snapshot(h);
  const limited = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'UnionKit-Sandbox-Scenario': 'rate_limited' } });
  assert.equal(limited.status, 429);
  assert.equal(limited.body.code, 'rate_limited');
  assert.equal(limited.headers.get('retry-after'), '1');
  const failed = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'UnionKit-Sandbox-Scenario': 'server_error' } });
  assert.equal(failed.status, 500);
  assert.equal(failed.body.code, 'server_error');
  assert.equal(snapshot(h), before);
});

test('scenarios apply after authentication', async (t) => {
  const h = await startHarness(t);
  const res = await h.call('GET', '/events', { headers: { 'UnionKit-Sandbox-Scenario': 'server_error' } });
  assert.equal(res.status, 401);
});

test('scenario timeout holds the request, then 504 timeout with Retry-After', async (t) => {
  const h = await startHarness(t, { timeoutScenarioMs: 150 });
  const token = await h.session();
  const started = Date.now();
  const res = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'UnionKit-Sandbox-Scenario': 'timeout' } });
  assert.ok(Date.now() - started >= 140);
  assert.equal(res.status, 504);
  assert.equal(res.body.code, 'timeout');
  assert.ok(res.headers.get('retry-after'));
  assert.equal(h.server.sandbox.store.registrations.size, 0);
});

test('scenario timeout ends when the client aborts', async (t) => {
  const h = await startHarness(t); // the default 30 s hold
  const token = await h.session();
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(h.call('GET', '/events', { token, headers: { 'UnionKit-Sandbox-Scenario': 'timeout' }, signal: controller.signal }));
  assert.ok(Date.now() - started < 5000);
  // the sandbox is free: the next request answers at once, and close() does not wait 30 s
  assert.equal((await h.call('GET', '/events?limit=1', { token })).status, 200);
});

test('scenario slow:<ms> waits, then handles the request normally', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const started = Date.now();
  const res = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'UnionKit-Sandbox-Scenario': 'slow:200' } });
  assert.ok(Date.now() - started >= 190);
  assert.equal(res.status, 201);
  assert.equal(res.body.status, 'confirmed');
});

test('an unknown scenario is 422 validation_failed on the header', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  for (const value of ['explode', 'slow:30001', 'slow:-1', 'slow:']) {
    const res = await h.call('GET', '/events', { token, headers: { 'UnionKit-Sandbox-Scenario': value } });
    assert.equal(res.status, 422, value);
    assert.equal(res.body.errors[0].path, 'UnionKit-Sandbox-Scenario');
  }
  assert.equal((await h.call('GET', '/webhook-endpoints', { token: SK, headers: { 'UnionKit-Sandbox-Scenario': 'slow:0' } })).status, 200);
});
