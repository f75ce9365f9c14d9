// Webhooks really delivered to a local receiver, signed, retried; worker status for the partner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { becomeMember, NOTICE, SK, startHarness } from './support/harness.js';
import { webhookErrors } from './support/contract.js';
import { TEST_KEYS } from '../src/constants.js';
import { receiver } from './support/receiver.js';

/** The receiver side of the signature, written independently of the sandbox: node:crypto. */
function verify(body: string, header: string, secret: string): { type: string; data: Record<string, unknown> } {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  assert.ok(m, header);
  assert.ok(Math.abs(Date.now() / 1000 - Number(m[1])) <= 300, 'timestamp within 300 s');
  const expected = createHmac('sha256', secret).update(`${m[1]}.${body}`).digest();
  assert.ok(timingSafeEqual(expected, Buffer.from(m[2]!, 'hex')), 'signature matches');
  return JSON.parse(body);
}

test('webhook endpoints: create (secret shown once), list, delete', async (t) => {
  const h = await startHarness(t);
  const created = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://127.0.0.1:9/x', events: ['member.status_changed'] } });
  assert.equal(created.status, 201);
  assert.equal(created.body.secret, TEST_KEYS.webhookSecret, 'the documented partner signs with its fixed secret');
  const list = await h.call('GET', '/webhook-endpoints', { token: SK });
  assert.deepEqual(list.body.data.map((w: { id: string }) => w.id), [created.body.id]);
  assert.ok(!('secret' in list.body.data[0]));
  for (const body of [{ url: 'ftp://x', events: ['member.status_changed'] }, { url: 'http://x', events: [] }, { url: 'http://x', events: ['member.joined'] }, { url: 'http://x', events: ['member.status_changed', 'member.status_changed'] }]) {
    assert.equal((await h.call('POST', '/webhook-endpoints', { token: SK, body })).status, 422, JSON.stringify(body));
  }
  assert.equal((await h.call('DELETE', `/webhook-endpoints/${created.body.id}`, { token: SK })).status, 204);
  assert.equal((await h.call('DELETE', `/webhook-endpoints/${created.body.id}`, { token: SK })).status, 404);
  assert.deepEqual((await h.call('GET', '/webhook-endpoints', { token: SK })).body.data, []);
});

test('approval sends member.status_changed, signed, to a worker who consented to share', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 3, baseDelayMs: 20 } });
  const r = await receiver(t);
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: r.url, events: ['member.status_changed', 'coverage.status_changed'] } });
  const token = await h.session({ workerRef: 'rider-77', attestation: { activeOrdersLast7Days: 12 } });
  await becomeMember(h, token, { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 1);
  const d = r.got[0]!;
  assert.equal(d.headers['content-type'], 'application/json');
  assert.deepEqual(webhookErrors('member.status_changed', d.body, String(d.headers['unionkit-signature'])), []);
  const event = verify(d.body, String(d.headers['unionkit-signature']), TEST_KEYS.webhookSecret);
  assert.equal(event.type, 'member.status_changed');
  assert.deepEqual(event.data, { workerRef: 'rider-77', status: 'active', since: '2026-11-30' });

  const enrolment = await h.call('POST', '/insurance-enrolments', { token, body: { planId: 'plan_accident_2026' } });
  await h.call('POST', `/insurance-enrolments/${enrolment.body.id}/cancel`, { token });
  await h.server.sandbox.webhooksSettled();
  const coverage = r.got.slice(1).map((x) => {
    assert.deepEqual(webhookErrors('coverage.status_changed', x.body, String(x.headers['unionkit-signature'])), []);
    return verify(x.body, String(x.headers['unionkit-signature']), TEST_KEYS.webhookSecret);
  });
  assert.deepEqual(
    coverage.map((e) => [e.type, e.data['status'], e.data['coverageStart'], e.data['coverageEnd']]),
    [
      ['coverage.status_changed', 'active', '2026-12-01', '2026-12-31'],
      ['coverage.status_changed', 'cancelled', null, null],
    ],
  );

  const status = await h.call('GET', '/workers/rider-77/status', { token: SK });
  assert.deepEqual(status.body, {
    workerRef: 'rider-77',
    shared: true,
    membership: { status: 'active', since: '2026-11-30' },
    coverage: [{ planId: 'plan_accident_2026', status: 'cancelled', coverageEnd: null }],
  });
  const log = h.server.sandbox.deliveries();
  assert.equal(log.length, 3);
  assert.ok(log.every((x) => x.status === 'succeeded' && x.attempts.length === 1 && x.attempts[0]!.statusCode === 204));
});

test('no consent to share: no webhook and the status says nothing; withdrawal stops both', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 2, baseDelayMs: 10 } });
  const r = await receiver(t);
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: r.url, events: ['member.status_changed', 'coverage.status_changed'] } });
  const quiet = await h.session({ workerRef: 'quiet' });
  await becomeMember(h, quiet);
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 0);
  const none = { shared: false, membership: null, coverage: [] };
  assert.deepEqual((await h.call('GET', '/workers/quiet/status', { token: SK })).body, { workerRef: 'quiet', ...none });
  assert.deepEqual((await h.call('GET', '/workers/never-seen/status', { token: SK })).body, { workerRef: 'never-seen', ...none });

  const sharer = await h.session({ workerRef: 'sharer', attestation: { activeOrdersLast7Days: 12 } });
  await becomeMember(h, sharer, { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 1);
  const consents = await h.call('GET', '/consents', { token: sharer });
  const share = consents.body.data.find((c: { purpose: string }) => c.purpose === 'share_status_with_platform');
  await h.call('POST', `/consents/${share.id}/withdraw`, { token: sharer });
  await h.call('POST', '/insurance-enrolments', { token: sharer, body: { planId: 'plan_accident_2026' } });
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 1, 'no webhook after the withdrawal');
  assert.deepEqual((await h.call('GET', '/workers/sharer/status', { token: SK })).body, { workerRef: 'sharer', ...none });

  // consenting again (with an enrolment) turns sharing back on
  await h.call('POST', '/insurance-enrolments', {
    token: sharer,
    body: { planId: 'plan_inpatient_2026', consents: [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE }] },
  });
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 2);
  assert.equal((await h.call('GET', '/workers/sharer/status', { token: SK })).body.shared, true);
});

test('a failed delivery is retried with exponential backoff until it succeeds', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 5, baseDelayMs: 40 } });
  const r = await receiver(t, [500, 503]);
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: r.url, events: ['member.status_changed'] } });
  const token = await h.session({ workerRef: 'retry' });
  await becomeMember(h, token, { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 3);
  assert.equal(r.got[0]!.body, r.got[2]!.body, 'the same event each time');
  const gap1 = r.got[1]!.at - r.got[0]!.at;
  const gap2 = r.got[2]!.at - r.got[1]!.at;
  assert.ok(gap1 >= 35 && gap2 >= 75, `backoff ${gap1} ms, ${gap2} ms`);
  for (const d of r.got) verify(d.body, String(d.headers['unionkit-signature']), TEST_KEYS.webhookSecret);
  const [log] = h.server.sandbox.deliveries();
  assert.equal(log!.status, 'succeeded');
  assert.deepEqual(log!.attempts.map((a) => a.statusCode), [500, 503, 204]);
});

test('a delivery that never succeeds stops after the configured tries; an unreachable URL counts as failed', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 3, baseDelayMs: 5 } });
  const r = await receiver(t, [500, 500, 500, 500]);
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: r.url, events: ['member.status_changed'] } });
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://127.0.0.1:1/unreachable', events: ['member.status_changed'] } });
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: `${r.url}?coverage-only`, events: ['coverage.status_changed'] } });
  const token = await h.session({ workerRef: 'fail' });
  await becomeMember(h, token, { share: true });
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 3, 'three tries; the coverage-only endpoint got nothing');
  const log = h.server.sandbox.deliveries();
  assert.deepEqual(log.map((d) => [d.status, d.attempts.length]), [['failed', 3], ['failed', 3]]);
  assert.ok(log[1]!.attempts.every((a) => a.statusCode === null && a.error));
});

test('deliveries do not hold up the API response', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 1 } });
  const r = await receiver(t, [], 1500);
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: r.url, events: ['member.status_changed'] } });
  const token = await h.session({ workerRef: 'fast' });
  const { apply } = await import('./support/harness.js');
  const id = await apply(h, token, { share: true });
  const started = Date.now();
  const res = await h.call('POST', `/sandbox/membership-applications/${id}/decision`, { token: SK, body: { decision: 'approve' } });
  assert.equal(res.status, 200);
  assert.ok(Date.now() - started < 1000, 'answered before the receiver did');
  await h.server.sandbox.webhooksSettled();
  assert.equal(r.got.length, 1);
});
