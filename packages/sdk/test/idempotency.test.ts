// Every POST and DELETE the SDK may retry carries an `Idempotency-Key`: creates and actions alike,
// one key per call, the same on each retry, so an answer lost after the server acted is replayed
// rather than acted on twice (or reported as 409 invalid_state / 404).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnionClient, newIdempotencyKey, type ClientOptions } from '@unionkit/sdk';
import { connectionRefused, json, problem, scriptedFetch, type Step } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
function client(fetch: ClientOptions['fetch'], extra: Partial<ClientOptions> = {}) {
  return new UnionClient({ baseUrl: BASE, token: 'sk_test_demo_delivery', fetch, retryDelay: () => 0, maxRetries: 2, ...extra });
}

/** Every acting request the SDK has (creates are pinned in client.test.ts). */
const ACTIONS: [string, (c: UnionClient) => Promise<unknown>][] = [
  ['POST /v1/sms-verifications/sms_1/confirm', (c) => c.smsVerifications.confirm('sms_1', { code: '000000' })],
  ['POST /v1/membership-applications/mapp_1/withdraw', (c) => c.membership.withdrawApplication('mapp_1')],
  ['POST /v1/insurance-enrolments/enr_1/cancel', (c) => c.insurance.cancelEnrolment('enr_1')],
  ['POST /v1/event-registrations/reg_1/cancel', (c) => c.events.cancelRegistration('reg_1')],
  ['POST /v1/job-applications/japp_1/withdraw', (c) => c.jobs.withdrawApplication('japp_1')],
  ['POST /v1/consents/con_1/withdraw', (c) => c.consents.withdraw('con_1')],
  ['POST /v1/sandbox/membership-applications/mapp_1/decision', (c) => c.sandbox.decideMembershipApplication('mapp_1', { decision: 'approve' })],
  ['POST /v1/sandbox/reset', (c) => c.sandbox.reset()],
  ['DELETE /v1/webhook-endpoints/we_1', (c) => c.webhookEndpoints.del('we_1')],
];

test('every action (confirm, withdraw, cancel, decide, reset, delete) sends a key, reused by its retries', async () => {
  // Lost answers first (a connection error, a 502 from a proxy), then an answer the schema refuses:
  // what matters here is what was sent.
  const lost: Step[] = [connectionRefused, () => new Response('bad gateway', { status: 502 }), () => new Response('{}', { status: 200 })];
  for (const [expected, call] of ACTIONS) {
    const { fetch, seen } = scriptedFetch(lost);
    await call(client(fetch)).catch(() => undefined);
    assert.equal(seen.length, 3, `${expected}: 1 attempt + 2 retries`);
    assert.equal(`${seen[0]!.method} ${seen[0]!.url.pathname}`, expected);
    const keys = seen.map((s) => s.headers.get('idempotency-key'));
    assert.match(keys[0] ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, `${expected}: a key`);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]], `${expected}: one key for the call and its retries`);
  }
});

test('two calls of one action get two keys; a caller key is sent as given', async () => {
  const registration = { id: 'reg_1', eventId: 'evt_1', status: 'cancelled', waitlistPosition: null, companions: [], people: 1, createdAt: '2026-11-02T10:00:00+08:00', updatedAt: '2026-11-02T10:00:00+08:00' };
  const { fetch, seen } = scriptedFetch([json(registration)]);
  const c = client(fetch);
  await c.events.cancelRegistration('reg_1');
  await c.events.cancelRegistration('reg_1');
  await c.events.cancelRegistration('reg_1', { idempotencyKey: 'cancel-reg_1-tap-3' });
  const [a, b, mine] = seen.map((s) => s.headers.get('idempotency-key'));
  assert.ok(a && b && a !== b);
  assert.equal(mine, 'cancel-reg_1-tap-3');
});

test('a retried action whose first attempt acted answers as the first did (the replay), not 409', async () => {
  // The server acts on the first attempt and its answer is lost; the retry with the same key is
  // replayed. Without a key the retry would meet the already-cancelled registration: 409 invalid_state.
  const cancelled = { id: 'reg_1', eventId: 'evt_1', status: 'cancelled', waitlistPosition: null, companions: [], people: 1, createdAt: '2026-11-02T10:00:00+08:00', updatedAt: '2026-11-02T10:05:00+08:00' };
  const keysActedOn = new Set<string>();
  let acted = 0;
  const server: Step = (_req, s) => {
    const key = s.headers.get('idempotency-key');
    if (key && keysActedOn.has(key)) return json(cancelled, 200, { 'Idempotent-Replayed': 'true' })();
    if (acted > 0) return problem(409, 'invalid_state')();
    acted++;
    if (key) keysActedOn.add(key);
    throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
  };
  const { fetch, seen } = scriptedFetch([server]);
  const result = await client(fetch).events.cancelRegistration('reg_1');
  assert.equal(result.status, 'cancelled');
  assert.equal(acted, 1);
  assert.equal(seen.length, 2);
});

test('reads send no key', async () => {
  const { fetch, seen } = scriptedFetch([json({ data: [], nextCursor: null })]);
  await client(fetch).webhookEndpoints.list();
  assert.equal(seen[0]!.headers.has('idempotency-key'), false);
});

test('without crypto.randomUUID (a page over plain http), keys are still random UUID v4s', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    assert.equal(typeof globalThis.crypto.randomUUID, 'undefined');
    const keys = Array.from({ length: 200 }, () => newIdempotencyKey());
    for (const key of keys) assert.match(key, UUID_V4);
    assert.equal(new Set(keys).size, keys.length);
  } finally {
    delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
  }
  assert.equal(typeof globalThis.crypto.randomUUID, 'function');
});
