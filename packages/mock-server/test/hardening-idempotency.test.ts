// Every POST that acts (and DELETE) takes an Idempotency-Key like a create: a retry after a lost
// response answers as the first did, never 409 invalid_state or 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, SK, startHarness, type Harness } from './support/harness.js';

async function twice(h: Harness, method: string, path: string, token: string, body?: unknown) {
  const headers = { 'Idempotency-Key': `retry ${method} ${path}` };
  const first = await h.call(method, path, { token, body, headers });
  const second = await h.call(method, path, { token, body, headers });
  assert.ok(first.status < 300, `${method} ${path}: ${first.text}`);
  assert.equal(second.status, first.status, `${method} ${path} retried: ${second.text}`);
  assert.equal(second.text, first.text, `${method} ${path}: the same answer`);
  assert.equal(second.headers.get('idempotent-replayed'), 'true', `${method} ${path}`);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  return first;
}

test('retried actions with the same key replay the first answer', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'acts', attestation: { activeOrdersLast7Days: 20 } });

  const sms = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' } });
  await twice(h, 'POST', `/sms-verifications/${sms.body.id}/confirm`, token, { code: '000000' });

  const reg = await h.call('POST', '/events/evt_open/registrations', { token, body: {} });
  const cancelled = await twice(h, 'POST', `/event-registrations/${reg.body.id}/cancel`, token);
  assert.equal(cancelled.body.status, 'cancelled');

  const jobs = await h.call('GET', '/job-postings?limit=1', { token });
  const japp = await h.call('POST', `/job-postings/${jobs.body.data[0].id}/applications`, {
    token,
    body: { consents: [{ purpose: 'job_application_sharing', noticeVersion: '2026-11' }] },
  });
  assert.equal(japp.status, 201, japp.text);
  await twice(h, 'POST', `/job-applications/${japp.body.id}/withdraw`, token);

  const appId = await apply(h, token, { share: true });
  await twice(h, 'POST', `/membership-applications/${appId}/withdraw`, token);

  const consents = await h.call('GET', '/consents', { token });
  const share = consents.body.data.find((c: { purpose: string }) => c.purpose === 'share_status_with_platform');
  await twice(h, 'POST', `/consents/${share.id}/withdraw`, token);
});

test('partner actions too: a decision, an endpoint delete, a reset', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'decided' });
  const appId = await apply(h, token);
  const decided = await twice(h, 'POST', `/sandbox/membership-applications/${appId}/decision`, SK, { decision: 'approve' });
  assert.equal(decided.body.status, 'approved');
  const endpoint = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://127.0.0.1:9/x', events: ['member.status_changed'] } });
  await twice(h, 'DELETE', `/webhook-endpoints/${endpoint.body.id}`, SK);
  // a retried reset does not wipe what was made after the first one
  const headers = { 'Idempotency-Key': 'reset-once' };
  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK, headers })).status, 204);
  const after = await h.session({ workerRef: 'after' });
  const again = await h.call('POST', '/sandbox/reset', { token: SK, headers });
  assert.equal(again.status, 204);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal((await h.call('GET', '/events?limit=1', { token: after })).status, 200, 'the replay did not reset again');
});

test('the same key with another body on an action is 409 idempotency_key_reused and changes nothing', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const sms = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' } });
  const headers = { 'Idempotency-Key': 'confirm-1' };
  const wrong = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '111111' }, headers });
  assert.equal(wrong.body.verified, false);
  const other = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '000000' }, headers });
  assert.equal(other.status, 409);
  assert.equal(other.body.code, 'idempotency_key_reused');
  const state = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '111111' }, headers });
  assert.equal(state.headers.get('idempotent-replayed'), 'true');
  assert.equal(state.text, wrong.text);
});

test('a request refused in validation is not remembered: corrected, the same key runs', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const headers = { 'Idempotency-Key': 'fix-and-retry' };
  const bad = await h.call('POST', '/sms-verifications', { token, body: { mobile: '123' }, headers });
  assert.equal(bad.status, 422);
  const good = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' }, headers });
  assert.equal(good.status, 201);
  assert.equal(good.headers.get('idempotent-replayed'), null);
});
