// Defects the fuzzer (fuzz.test.ts) found, each pinned by a focused test of what a client relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWireClient } from './support/fuzz-client.js';
import { problemErrors, responseErrors } from './support/contract.js';
import { NOTICE, SK, snapshot, startHarness } from './support/harness.js';

test('a malformed Host header does not break the sandbox: the request is answered as from anywhere else', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const client = createWireClient(h.server.url);
  t.after(() => client.close());
  for (const host of ['exa mple', '[::1', 'localhost:99999', '', 'a@b@c']) {
    const res = await client.send({ method: 'GET', target: '/v1/membership-applications', headers: [['Host', host], ['Authorization', `Bearer ${token}`]] });
    assert.equal(res.status, 200, `Host ${JSON.stringify(host)}: ${res.text}`);
    assert.deepEqual(responseErrors({ method: 'GET', path: '/v1/membership-applications', status: res.status, headers: res.headers, body: res.text }), []);
    const unknown = await client.send({ method: 'GET', target: '/nowhere', headers: [['Host', host]] });
    assert.equal(unknown.status, 404, `Host ${JSON.stringify(host)}: ${unknown.text}`);
    assert.deepEqual(problemErrors({ method: 'GET', path: '/nowhere', status: unknown.status, headers: unknown.headers, body: unknown.text }), []);
  }
});

test('a query parameter named __proto__ is an unknown parameter like any other (422), not silently dropped', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  for (const query of ['__proto__=x', '__proto__=a&__proto__=b', 'limit=5&__proto__=x']) {
    const res = await h.call('GET', `/consents?${query}`, { token });
    assert.equal(res.status, 422, `${query}: ${res.text}`);
    assert.equal(res.body.code, 'validation_failed');
    assert.deepEqual(res.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['__proto__', 'unknown_field']]);
  }
  const applications = await h.call('GET', '/membership-applications?__proto__=x', { token });
  assert.equal(applications.status, 422, applications.text);
});

test('an Idempotency-Key reused for another reset or another endpoint deletion is a 409 the contract declares', async (t) => {
  const h = await startHarness(t);
  const created = async () => (await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://127.0.0.1:9/hooks', events: ['member.status_changed'] } })).body.id as string;
  const [first, second] = [await created(), await created()];
  const headers = { 'Idempotency-Key': 'delete-once' };
  assert.equal((await h.call('DELETE', `/webhook-endpoints/${first}`, { token: SK, headers })).status, 204);
  const reused = await h.call('DELETE', `/webhook-endpoints/${second}`, { token: SK, headers });
  assert.equal(reused.status, 409);
  assert.equal(reused.body.code, 'idempotency_key_reused');

  const reset = { 'Idempotency-Key': 'reset-once' };
  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK, headers: reset })).status, 204);
  const again = await h.call('POST', '/sandbox/reset', { token: SK, headers: reset, body: { different: true } });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'idempotency_key_reused');
});

test('a JSON body that is not UTF-8 is refused (400 invalid_json) and nothing is kept, instead of stored with U+FFFD', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const client = createWireClient(h.server.url);
  t.after(() => client.close());
  const text = JSON.stringify({ message: '您好', consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE }] });
  const at = text.indexOf(':"') + 2;
  const body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff]), Buffer.from(text.slice(at))]);
  const before = snapshot(h);
  const headers: [string, string][] = [['Authorization', `Bearer ${token}`], ['Content-Type', 'application/json']];
  const res = await client.send({ method: 'POST', target: '/v1/job-postings/job_0001/applications', headers, body });
  assert.equal(res.status, 400, res.text);
  assert.equal(JSON.parse(res.text).code, 'invalid_json');
  assert.equal(snapshot(h), before);
  // the same bytes with valid UTF-8 are accepted
  const ok = await client.send({ method: 'POST', target: '/v1/job-postings/job_0001/applications', headers, body: text });
  assert.equal(ok.status, 201, ok.text);
});
