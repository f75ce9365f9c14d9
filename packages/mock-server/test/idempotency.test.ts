// Idempotency keys on creates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint } from '../src/http/idempotency.js';
import { SK, snapshot, startHarness } from './support/harness.js';

test('the same key and body replays the first response, without creating twice', async (t) => {
  const h = await startHarness(t);
  const body = { workerRef: 'rider-9', components: ['jobs'] };
  const first = await h.call('POST', '/widget-sessions', { token: SK, body, headers: { 'Idempotency-Key': 'k-1' } });
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  // same body with keys in another order is the same request
  const again = await h.call('POST', '/widget-sessions', { token: SK, raw: '{"components":["jobs"],"workerRef":"rider-9"}', headers: { 'Idempotency-Key': 'k-1' } });
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(again.text, first.text);
  assert.equal(again.headers.get('request-id'), first.headers.get('request-id'), 'the first response, Request-Id included');
  assert.equal(h.server.sandbox.store.sessions.size, 1);
});

test('the same key with another body or path is 409 idempotency_key_reused and changes nothing', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const first = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'abc' } });
  assert.equal(first.status, 201);
  const before = snapshot(h);
  const otherBody = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13900139000' }, headers: { 'Idempotency-Key': 'abc' } });
  assert.equal(otherBody.status, 409);
  assert.equal(otherBody.body.code, 'idempotency_key_reused');
  const otherPath = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'Idempotency-Key': 'abc' } });
  assert.equal(otherPath.status, 409);
  assert.equal(otherPath.body.code, 'idempotency_key_reused');
  assert.equal(snapshot(h), before);
});

test('keys are scoped to the credential subject', async (t) => {
  const h = await startHarness(t);
  const a = await h.session({ workerRef: 'a' });
  const b = await h.session({ workerRef: 'b' });
  const ra = await h.call('POST', '/sms-verifications', { token: a, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'same' } });
  const rb = await h.call('POST', '/sms-verifications', { token: b, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'same' } });
  assert.equal(rb.status, 201);
  assert.equal(rb.headers.get('idempotent-replayed'), null);
  assert.notEqual(ra.body.id, rb.body.id);
  // a second session of the same worker shares the subject
  const a2 = await h.session({ workerRef: 'a' });
  const ra2 = await h.call('POST', '/sms-verifications', { token: a2, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'same' } });
  assert.equal(ra2.headers.get('idempotent-replayed'), 'true');
  assert.equal(ra2.body.id, ra.body.id);
});

test('a 4xx is stored and replayed; a 5xx is not, so a retry runs again', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const full = await h.call('POST', '/events/evt_full_no_waitlist/registrations', { token, body: {}, headers: { 'Idempotency-Key': 'full' } });
  assert.equal(full.status, 409);
  const replay = await h.call('POST', '/events/evt_full_no_waitlist/registrations', { token, body: {}, headers: { 'Idempotency-Key': 'full' } });
  assert.equal(replay.status, 409);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(replay.text, full.text);

  const failed = await h.call('POST', '/events/evt_open/registrations', {
    token,
    body: {},
    headers: { 'Idempotency-Key': 'retry-me', 'UnionKit-Sandbox-Scenario': 'server_error' },
  });
  assert.equal(failed.status, 500);
  assert.equal(h.server.sandbox.store.registrations.size, 0);
  const retried = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'Idempotency-Key': 'retry-me' } });
  assert.equal(retried.status, 201);
  assert.equal(retried.headers.get('idempotent-replayed'), null);
  const replayed = await h.call('POST', '/events/evt_open/registrations', { token, body: {}, headers: { 'Idempotency-Key': 'retry-me' } });
  assert.equal(replayed.body.id, retried.body.id);
  assert.equal(h.server.sandbox.store.registrations.size, 1);
});

test('the same key while the first request is running is 409 request_in_progress', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const slow = h.call('POST', '/sms-verifications', {
    token,
    body: { mobile: '13800138000' },
    headers: { 'Idempotency-Key': 'busy', 'UnionKit-Sandbox-Scenario': 'slow:800' },
  });
  // Send the second once the sandbox holds the first's key as in progress (it then waits its 800 ms).
  const holding = () => [...h.server.sandbox.store.idempotency.values()].some((r) => r.state === 'in_progress');
  for (let i = 0; i < 400 && !holding(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(holding(), 'the first request holds its key');
  const second = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'busy' } });
  assert.equal(second.status, 409);
  assert.equal(second.body.code, 'request_in_progress');
  const first = await slow;
  assert.equal(first.status, 201);
  const third = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'busy' } });
  assert.equal(third.headers.get('idempotent-replayed'), 'true');
  assert.equal(h.server.sandbox.store.smsVerifications.size, 1);
});

test('keys live 24 hours; a malformed key is 422', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const first = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'day' } });
  h.server.sandbox.store.clock.advance(24 * 60 * 60 * 1000 + 1);
  // the first token has expired by now: a new session of the same worker (the same key subject)
  const token2 = await h.session({ workerRef: [...h.server.sandbox.store.sessions.values()][0]!.workerRef });
  const after = await h.call('POST', '/sms-verifications', { token: token2, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'day' } });
  assert.equal(after.status, 201);
  assert.equal(after.headers.get('idempotent-replayed'), null);
  assert.notEqual(after.body.id, first.body.id);

  const bad = await h.call('POST', '/sms-verifications', { token: token2, body: { mobile: '13800138000' }, headers: { 'Idempotency-Key': 'x'.repeat(256) } });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.errors[0].path, 'Idempotency-Key');
});

test('the request digest is the SHA-256 of method, path and canonical body, whichever hash computes it', async () => {
  const webCrypto = async (text: string) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
  const body = JSON.stringify({ workerRef: '骑手-七号 🚲', components: ['events'], a: { z: 1, b: [2, '三'] } });
  const print = await fingerprint('POST', '/v1/widget-sessions', body);
  assert.equal(print, await webCrypto('POST /v1/widget-sessions\n{"a":{"b":[2,"三"],"z":1},"components":["events"],"workerRef":"骑手-七号 🚲"}'));
  // key order does not matter; anything else does
  assert.equal(await fingerprint('POST', '/v1/widget-sessions', JSON.stringify({ components: ['events'], a: { b: [2, '三'], z: 1 }, workerRef: '骑手-七号 🚲' })), print);
  assert.notEqual(await fingerprint('POST', '/v1/widget-sessions', body.replace('七', '八')), print);
  // a body that is not JSON is digested as sent
  assert.equal(await fingerprint('DELETE', '/v1/x', 'not json ✓'), await webCrypto('DELETE /v1/x\nnot json ✓'));
});
