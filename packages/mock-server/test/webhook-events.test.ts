// Webhooks a partner can rely on: retries on the sandbox clock for three days, the event list,
// redelivery, the delivery log per endpoint, and an endpoint marked failing rather than disabled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { becomeMember, NOTICE, SK, startHarness, TEST_NOW, type Harness } from './support/harness.js';
import { decide, file, legalBody, unionSession, wishBody } from './support/help.js';
import { receiver } from './support/receiver.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function endpointFor(h: Harness, url: string, events = ['member.status_changed', 'coverage.status_changed']): Promise<string> {
  const created = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url, events } });
  assert.equal(created.status, 201, created.text);
  return created.body.id;
}

/** The partner's events, all pages. */
async function events(h: Harness, query = ''): Promise<any[]> {
  const res = await h.call('GET', `/webhook-events${query}`, { token: SK });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

/** Moves the sandbox clock to `iso` (forward) and waits until the tries that became due are done. */
async function advanceTo(h: Harness, iso: string): Promise<void> {
  const ms = new Date(iso).getTime() - h.server.sandbox.store.now().getTime();
  assert.ok(ms >= 0, `${iso} is not in the past`);
  h.server.sandbox.store.clock.advance(ms);
  await h.server.sandbox.webhooksIdle();
}

test('a receiver failing three times gets the event on the fourth try, on the backoff schedule of the sandbox clock', async (t) => {
  const h = await startHarness(t);
  const r = await receiver(t, [503, 500, 502]);
  const endpointId = await endpointFor(h, r.url);
  await becomeMember(h, await h.session({ workerRef: 'retry-rider' }), { share: true });
  await h.server.sandbox.webhooksIdle();
  assert.equal(r.got.length, 1, 'the first try comes at once');

  const [first] = await events(h);
  assert.equal(first.deliveryStatus, 'pending');
  assert.equal(first.attemptCount, 1);
  assert.equal(first.type, 'member.status_changed');
  assert.deepEqual(first.data, { workerRef: 'retry-rider', status: 'active', since: '2026-11-30' });

  // each retry is due about 1 min, then 5 min, then 30 min after the previous try (±10 % jitter)
  const expected = [MINUTE, 5 * MINUTE, 30 * MINUTE];
  let event = first;
  for (const [i, nominal] of expected.entries()) {
    const gap = new Date(event.nextRetryAt).getTime() - h.server.sandbox.store.now().getTime();
    assert.ok(gap >= nominal * 0.9 - 1000 && gap <= nominal * 1.1 + 1000, `retry ${i + 1} after ${gap} ms, expected about ${nominal}`);
    // one second before it is due nothing happens
    h.server.sandbox.store.clock.advance(gap - 1000);
    await h.server.sandbox.webhooksIdle();
    assert.equal(r.got.length, i + 1, `retry ${i + 1} not before it is due`);
    await advanceTo(h, event.nextRetryAt);
    assert.equal(r.got.length, i + 2, `retry ${i + 1} once due`);
    event = (await h.call('GET', `/webhook-events/${event.id}`, { token: SK })).body;
  }
  assert.equal(event.deliveryStatus, 'succeeded');
  assert.equal(event.attemptCount, 4);
  assert.equal(event.nextRetryAt, null);
  assert.ok(r.got.every((d) => JSON.parse(d.body).id === first.id), 'every try carries the same event id');

  // the delivery log: every attempt, newest first, with status, duration and the retry due after it — no body
  const log = await h.call('GET', `/webhook-endpoints/${endpointId}/deliveries`, { token: SK });
  assert.equal(log.status, 200, log.text);
  assert.deepEqual(
    log.body.data.map((a: any) => [a.statusCode, a.succeeded, a.trigger, a.nextRetryAt === null]),
    [
      [204, true, 'automatic', true],
      [502, false, 'automatic', false],
      [500, false, 'automatic', false],
      [503, false, 'automatic', false],
    ],
  );
  assert.ok(log.body.data.every((a: any) => a.eventId === first.id && Number.isInteger(a.durationMs) && a.error === null));
  assert.ok(!log.text.includes('retry-rider'), 'the log carries no event body');
  const endpoint = (await h.call('GET', '/webhook-endpoints', { token: SK })).body.data[0];
  assert.deepEqual([endpoint.status, endpoint.failingSince], ['active', null]);
});

test('a receiver that never answers 2xx: retried for 72 hours, then failed and listed so; the endpoint is failing, not disabled', async (t) => {
  const h = await startHarness(t);
  const r = await receiver(t, Array(40).fill(500));
  const endpointId = await endpointFor(h, r.url);
  await becomeMember(h, await h.session({ workerRef: 'never-rider' }), { share: true });
  await h.server.sandbox.webhooksIdle();
  const [created] = await events(h);
  const eventAt = new Date(created.createdAt).getTime();

  let event = created;
  for (let i = 0; i < 30 && event.deliveryStatus === 'pending'; i++) {
    await advanceTo(h, event.nextRetryAt);
    event = (await h.call('GET', `/webhook-events/${created.id}`, { token: SK })).body;
  }
  assert.equal(event.deliveryStatus, 'failed');
  assert.equal(event.nextRetryAt, null);
  assert.equal(r.got.length, event.attemptCount);
  assert.ok(event.attemptCount >= 10 && event.attemptCount <= 14, `${event.attemptCount} tries over three days`);
  const elapsed = h.server.sandbox.store.now().getTime() - eventAt;
  assert.ok(elapsed <= 72 * HOUR && elapsed >= 71 * HOUR, `the last try ${elapsed / HOUR} h after the event`);

  assert.deepEqual((await events(h, '?deliveryStatus=failed')).map((e) => e.id), [created.id]);
  assert.deepEqual(await events(h, '?deliveryStatus=pending'), []);
  const endpoint = (await h.call('GET', '/webhook-endpoints', { token: SK })).body.data.find((w: any) => w.id === endpointId);
  assert.equal(endpoint.status, 'failing');
  assert.equal(endpoint.failingSince, created.createdAt);

  // still delivered to: the next event goes to the failing endpoint at once
  r.statuses.length = 0;
  await becomeMember(h, await h.session({ workerRef: 'next-rider' }), { share: true, mobile: '13900139000' });
  await h.server.sandbox.webhooksIdle();
  assert.equal(JSON.parse(r.got.at(-1)!.body).data.workerRef, 'next-rider');
  const healed = (await h.call('GET', '/webhook-endpoints', { token: SK })).body.data.find((w: any) => w.id === endpointId);
  assert.deepEqual([healed.status, healed.failingSince], ['active', null], 'a success makes it active again');
});

test('redeliver: delivers now, records the attempt, and the same Idempotency-Key delivers once', async (t) => {
  const h = await startHarness(t);
  const r = await receiver(t, [500]);
  const endpointId = await endpointFor(h, r.url);
  await becomeMember(h, await h.session({ workerRef: 'redeliver-rider' }), { share: true });
  await h.server.sandbox.webhooksIdle();
  const [event] = await events(h);
  assert.equal(event.deliveryStatus, 'pending');

  const headers = { 'Idempotency-Key': 'redeliver-1' };
  const first = await h.call('POST', `/webhook-events/${event.id}/redeliver`, { token: SK, headers });
  assert.equal(first.status, 200, first.text);
  assert.equal(first.body.deliveryStatus, 'succeeded');
  assert.equal(first.body.attemptCount, 2);
  assert.equal(r.got.length, 2);
  assert.equal(JSON.parse(r.got[1]!.body).id, event.id, 'the same event id, so receivers deduplicate');

  const again = await h.call('POST', `/webhook-events/${event.id}/redeliver`, { token: SK, headers });
  assert.equal(again.status, 200);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(again.body, first.body);
  assert.equal(r.got.length, 2, 'a replay delivers nothing');

  // the scheduled retry is gone with the success
  h.server.sandbox.store.clock.advance(HOUR);
  await h.server.sandbox.webhooksIdle();
  assert.equal(r.got.length, 2);

  const log = (await h.call('GET', `/webhook-endpoints/${endpointId}/deliveries`, { token: SK })).body.data;
  assert.deepEqual(log.map((a: any) => [a.trigger, a.statusCode]), [['redelivery', 204], ['automatic', 500]]);

  const third = await h.call('POST', `/webhook-events/${event.id}/redeliver`, { token: SK, headers: { 'Idempotency-Key': 'redeliver-2' } });
  assert.equal(third.body.attemptCount, 3, 'a new key delivers again');
  assert.equal((await h.call('POST', '/webhook-events/whevt_nope/redeliver', { token: SK })).status, 404);
});

test('redeliver is refused once the worker withdrew the consent to share, or every endpoint is gone', async (t) => {
  const h = await startHarness(t);
  const r = await receiver(t);
  const endpointId = await endpointFor(h, r.url);
  const token = await h.session({ workerRef: 'withdrawn-rider' });
  await becomeMember(h, token, { share: true });
  await h.server.sandbox.webhooksIdle();
  const [event] = await events(h);

  const share = (await h.call('GET', '/consents', { token })).body.data.find((c: any) => c.purpose === 'share_status_with_platform');
  await h.call('POST', `/consents/${share.id}/withdraw`, { token });
  const refused = await h.call('POST', `/webhook-events/${event.id}/redeliver`, { token: SK });
  assert.equal(refused.status, 409);
  assert.equal(refused.body.code, 'invalid_state');
  assert.equal(r.got.length, 1, 'nothing sent after the withdrawal');

  const other = await h.session({ workerRef: 'deleted-endpoint-rider' });
  await becomeMember(h, other, { share: true, mobile: '13900139001' });
  await h.server.sandbox.webhooksIdle();
  const [latest] = await events(h);
  await h.call('DELETE', `/webhook-endpoints/${endpointId}`, { token: SK });
  const gone = await h.call('POST', `/webhook-events/${latest.id}/redeliver`, { token: SK });
  assert.equal(gone.status, 409);
});

test('the event list: newest first, filtered by type, delivery status and time, paginated by cursor', async (t) => {
  const h = await startHarness(t);
  const r = await receiver(t);
  await endpointFor(h, r.url);
  const token = await h.session({ workerRef: 'list-rider', attestation: { activeOrdersLast7Days: 12 } });
  await becomeMember(h, token, { share: true });
  h.server.sandbox.store.clock.advance(HOUR);
  const later = await h.session({ workerRef: 'list-rider', attestation: { activeOrdersLast7Days: 12 } });
  const enrolment = await h.call('POST', '/insurance-enrolments', { token: later, body: { planId: 'plan_accident_2026' } });
  assert.equal(enrolment.status, 201, enrolment.text);
  await h.call('POST', `/insurance-enrolments/${enrolment.body.id}/cancel`, { token: later });
  await h.server.sandbox.webhooksIdle();

  const all = await events(h);
  assert.deepEqual(
    all.map((e) => [e.type, e.data.status]),
    [
      ['coverage.status_changed', 'cancelled'],
      ['coverage.status_changed', 'active'],
      ['member.status_changed', 'active'],
    ],
  );
  assert.ok(all.every((e) => e.deliveryStatus === 'succeeded'));
  assert.deepEqual((await events(h, '?type=member.status_changed')).map((e) => e.id), [all[2].id]);
  assert.deepEqual((await events(h, '?deliveryStatus=succeeded')).length, 3);
  const after = encodeURIComponent(new Date(TEST_NOW.getTime() + 30 * MINUTE).toISOString());
  assert.deepEqual((await events(h, `?createdAfter=${after}`)).map((e) => e.id), [all[0].id, all[1].id]);

  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const res: any = await h.call('GET', `/webhook-events?limit=1${cursor ? `&cursor=${cursor}` : ''}`, { token: SK });
    seen.push(...res.body.data.map((e: any) => e.id));
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  assert.deepEqual(seen, all.map((e) => e.id));
  for (const bad of ['?deliveryStatus=lost', '?createdAfter=yesterday', '?cursor=nope', '?workerRef=list-rider']) {
    assert.equal((await h.call('GET', `/webhook-events${bad}`, { token: SK })).status, 422, bad);
  }
});

test('webhook events, delivery logs and stats are for the secret key only; a widget token is forbidden_scope', async (t) => {
  const h = await startHarness(t);
  const endpointId = await endpointFor(h, 'http://127.0.0.1:9/hooks');
  const token = await h.session();
  for (const [method, path] of [
    ['GET', '/webhook-events'],
    ['GET', '/webhook-events/whevt_x'],
    ['POST', '/webhook-events/whevt_x/redeliver'],
    ['GET', `/webhook-endpoints/${endpointId}/deliveries`],
    ['GET', '/partner/stats'],
  ] as const) {
    const res = await h.call(method, path, { token });
    assert.equal(res.status, 403, `${method} ${path}`);
    assert.equal(res.body.code, 'forbidden_scope');
    assert.equal((await h.call(method, path)).status, 401, `${method} ${path} without a credential`);
  }
  assert.equal((await h.call('GET', '/webhook-events/whevt_x', { token: SK })).status, 404);
  assert.equal((await h.call('GET', '/webhook-endpoints/whe_nope/deliveries', { token: SK })).status, 404);
});

test('help requests, confidential or not, never become webhook events', async (t) => {
  const h = await startHarness(t);
  const r = await receiver(t);
  await endpointFor(h, r.url);
  const token = await h.session({ workerRef: 'help-rider' });
  await becomeMember(h, token, { share: true });
  const wish = await file(h, token, wishBody());
  await decide(h, SK, wish.id, 'adopt');
  await decide(h, SK, wish.id, 'fulfil');
  const complaint = await file(h, await unionSession(h, token), legalBody({ type: 'complaint' }));
  await decide(h, SK, complaint.id, 'accept');
  await h.server.sandbox.webhooksIdle();
  assert.deepEqual((await events(h)).map((e) => e.type), ['member.status_changed']);
  assert.deepEqual(r.got.map((d) => JSON.parse(d.body).type), ['member.status_changed']);
});
