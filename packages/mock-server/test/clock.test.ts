// The sandbox's test clock: POST /sandbox/clock/advance { days } → { now }; client tokens expire with
// it, cover starts, and unpaid enrolments lapse at once (with their webhook), not when next read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DomainEvent } from '../src/store/store.js';
import { SK, snapshot, startHarness, TEST_NOW } from './support/harness.js';
import { enrol, member, PLAN } from './support/claims.js';

const DAY_MS = 86_400_000;
const advance = (h: Awaited<ReturnType<typeof startHarness>>, body: unknown, token: string = SK) =>
  h.call('POST', '/sandbox/clock/advance', { token, body });

test('the clock moves forward by whole days and answers the new time; tokens minted before expire', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'clocked' });
  const res = await advance(h, { days: 1 });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.now, '2026-12-01T10:00:00+08:00');
  assert.equal(h.server.sandbox.store.now().getTime(), TEST_NOW.getTime() + DAY_MS);
  const expired = await h.call('GET', '/membership', { token });
  assert.equal(expired.status, 401);
  assert.equal(expired.body.code, 'token_expired');
  const fresh = await h.session({ workerRef: 'clocked' });
  const byWorker = await advance(h, { days: 366 }, fresh);
  assert.equal(byWorker.status, 200, 'a client token may move the clock too (and expires with it)');
  assert.equal(byWorker.body.now, '2027-12-02T10:00:00+08:00');
});

test('bad advances are 422 and leave the clock where it was', async (t) => {
  const h = await startHarness(t);
  const before = h.server.sandbox.store.now().getTime();
  const state = snapshot(h);
  for (const body of [{ days: 0 }, { days: -1 }, { days: 367 }, { days: 1.5 }, { days: '1' }, {}, { days: 1, hours: 2 }]) {
    const res = await advance(h, body);
    assert.equal(res.status, 422, JSON.stringify(body));
    assert.equal(res.body.code, 'validation_failed');
  }
  const unauth = await h.call('POST', '/sandbox/clock/advance', { body: { days: 1 } });
  assert.equal(unauth.status, 401);
  assert.equal(h.server.sandbox.store.now().getTime(), before);
  assert.equal(snapshot(h), state);
});

test('moving past a due date lapses every unpaid enrolment at once and tells the platform (coverage.status_changed)', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'forgetful', true);
  const unpaid = await enrol(h, token, PLAN.inpatient);
  const free = await enrol(h, token, PLAN.accident);
  const events: DomainEvent[] = [];
  const stop = h.server.sandbox.store.onEvent((e) => events.push(e));
  t.after(stop);
  assert.equal((await advance(h, { days: 14 })).status, 200);
  assert.equal(events.length, 0, 'the due date itself is still payable');
  assert.equal((await advance(h, { days: 1 })).status, 200);
  assert.deepEqual(
    events.map((e) => [e.type, e.data['enrolmentId'], e.data['status']]),
    [['coverage.status_changed', unpaid.id, 'lapsed']],
  );
  const store = h.server.sandbox.store;
  assert.equal(store.enrolments.get(unpaid.id)!.status, 'lapsed');
  assert.equal(store.enrolments.get(free.id)!.status, 'active', 'paid-for cover is untouched');
  assert.equal((await advance(h, { days: 31 })).status, 200);
  assert.equal(store.enrolments.get(free.id)!.status, 'expired', 'cover ended on 31 December');
});
