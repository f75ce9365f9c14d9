// A request the sandbox holds (`slow:<ms>`, `timeout`) is let go when its client goes away, over the
// node server, whose requests carry no signal of their own (it is made only for a held request).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/harness.js';

test('a client that goes away during slow:<ms> ends the hold at once, not after its 30 s', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const registrations = h.server.sandbox.store.registrations;
  const before = registrations.size;
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(
    h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'UnionKit-Sandbox-Scenario': 'slow:30000' }, signal: controller.signal }),
  );
  // The hold ends with the connection and the request is then handled, as a server that had it would.
  for (let i = 0; i < 200 && registrations.size === before; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  assert.equal(registrations.size, before + 1);
  assert.ok(Date.now() - started < 10_000, `the hold ended after ${Date.now() - started} ms`);
  assert.equal((await h.call('GET', '/events?limit=1', { token })).status, 200);
});

test('requests that are not held answer as before, one after another on one connection', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  for (let i = 0; i < 5; i++) {
    const res = await h.call('GET', '/events?limit=2', { token, headers: { 'UnionKit-Sandbox-Scenario': 'slow:0' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.length, 2);
  }
});
