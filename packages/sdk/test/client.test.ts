// The client's machinery with an injected fetch that fails in scripted ways. Each test builds its own
// fetch and client: no shared mock state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  UnionClient,
  UnionKitError,
  ValidationError,
  type ClientOptions,
  type MembershipApplicationCreate,
  type RetryInfo,
} from '@unionkit/sdk';
// The default delay is machinery, not exported from the package root.
import { defaultRetryDelay } from '../src/core/retry.js';
import { application, applyBody, job } from './support/fixtures.js';
import { connectionRefused, hang, json, problem, scriptedFetch, type Step } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
const delays: number[] = [];
/** The default delay is computed (and recorded) but not waited, so tests stay fast. */
const recordDelay = (info: RetryInfo) => {
  delays.push(defaultRetryDelay(info));
  return 0;
};
function client(fetch: ClientOptions['fetch'], extra: Partial<ClientOptions> = {}) {
  return new UnionClient({ baseUrl: BASE, token: 'wst_test_session', fetch, retryDelay: () => 0, ...extra });
}

// ---------- requests ----------

test('a request carries auth, accept, JSON body and the sandbox scenario', async () => {
  const { fetch, seen } = scriptedFetch([json(application, 201)]);
  const c = client(fetch, { defaultHeaders: { 'X-Partner-Trace': 't1' }, sandboxScenario: 'slow:10' });
  const result = await c.membership.apply(applyBody);
  assert.deepEqual(result, application);
  const [req] = seen;
  assert.equal(req!.method, 'POST');
  assert.equal(req!.url.href, `${BASE}/membership-applications`);
  assert.equal(req!.headers.get('authorization'), 'Bearer wst_test_session');
  assert.equal(req!.headers.get('accept'), 'application/json');
  assert.equal(req!.headers.get('content-type'), 'application/json');
  assert.equal(req!.headers.get('unionkit-sandbox-scenario'), 'slow:10');
  assert.equal(req!.headers.get('x-partner-trace'), 't1');
  assert.deepEqual(JSON.parse(req!.body), applyBody);
});

test('per-request options override: scenario, headers (null removes)', async () => {
  const { fetch, seen } = scriptedFetch([json(job(1))]);
  const c = client(fetch, { defaultHeaders: { 'X-Partner-Trace': 't1' }, sandboxScenario: 'slow:10' });
  await c.jobs.retrieve('job 1/å', { sandboxScenario: 'server_error', headers: { 'X-Partner-Trace': null, 'X-Other': 'o' } });
  assert.equal(seen[0]!.url.pathname, '/v1/job-postings/job%201%2F%C3%A5');
  assert.equal(seen[0]!.headers.get('unionkit-sandbox-scenario'), 'server_error');
  assert.equal(seen[0]!.headers.has('x-partner-trace'), false);
  assert.equal(seen[0]!.headers.get('x-other'), 'o');
  assert.equal(seen[0]!.headers.has('content-type'), false, 'no body, no content type');
});

test('query parameters: undefined left out, arrays comma-separated, near as lat,lng', async () => {
  const { fetch, seen } = scriptedFetch([json({ data: [], nextCursor: null })]);
  const c = client(fetch);
  await c.servicePoints.list({
    near: { lat: 31.188, lng: 121.437 },
    radiusM: 2000,
    types: ['rest_station', 'canteen'],
    amenities: 'microwave',
    district: undefined,
    openAt: new Date('2026-11-02T04:00:00Z'),
  });
  const q = seen[0]!.url.searchParams;
  assert.equal(q.get('near'), '31.188,121.437');
  assert.equal(q.get('radiusM'), '2000');
  assert.deepEqual(q.getAll('types'), ['rest_station,canteen'], 'form, explode: false, as the contract says');
  assert.deepEqual(q.getAll('amenities'), ['microwave']);
  assert.equal(q.has('district'), false);
  assert.equal(q.get('openAt'), '2026-11-02T04:00:00.000Z');
});

test('constructor rejects a missing credential, a relative base URL and a bad maxRetries', () => {
  assert.throws(() => new UnionClient({ baseUrl: BASE }), UnionKitError);
  assert.throws(() => new UnionClient({ baseUrl: '/v1', token: 'wst_x' }), /absolute URL/);
  assert.throws(() => new UnionClient({ baseUrl: BASE, token: 'wst_x', maxRetries: -1 }), /maxRetries/);
});

// ---------- retries and idempotency ----------

test('connection error, 500, 429 with Retry-After, 409 request_in_progress: retried with the same key', async () => {
  for (const [name, failure] of [
    ['connection error', connectionRefused],
    ['500', problem(500, 'server_error')],
    ['503 without a problem body', () => new Response('upstream unavailable', { status: 503 })],
    ['408', problem(408, 'timeout')],
    ['429', problem(429, 'rate_limited', {}, { 'Retry-After': '1' })],
    ['409 request_in_progress', problem(409, 'request_in_progress')],
  ] as [string, Step][]) {
    const { fetch, seen } = scriptedFetch([failure, failure, json(application, 201)]);
    const result = await client(fetch).membership.apply(applyBody);
    assert.equal(result.id, application.id, name);
    assert.equal(seen.length, 3, `${name}: 1 attempt + 2 retries`);
    const keys = seen.map((s) => s.headers.get('idempotency-key'));
    assert.match(keys[0]!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, name);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]], `${name}: one key for every retry of one call`);
  }
});

test('retries give up after maxRetries and throw the last error', async () => {
  const { fetch, seen } = scriptedFetch([problem(500, 'server_error')]);
  await assert.rejects(client(fetch).membership.apply(applyBody), (err: unknown) => {
    assert.ok(err instanceof ServerError);
    assert.equal(err.code, 'server_error');
    assert.match(err.requestId!, /^req_/);
    return true;
  });
  assert.equal(seen.length, 3);

  const one = scriptedFetch([connectionRefused]);
  await assert.rejects(client(one.fetch, { maxRetries: 5 }).jobs.retrieve('job_1', { maxRetries: 0 }), ConnectionError);
  assert.equal(one.seen.length, 1, 'per-request maxRetries wins');
});

test('each call gets its own key; a caller key is used as given; reads send none', async () => {
  const { fetch, seen } = scriptedFetch([json(application, 201)]);
  const c = client(fetch);
  await c.membership.apply(applyBody);
  await c.membership.apply(applyBody);
  await c.membership.apply(applyBody, { idempotencyKey: 'form-7f3a-submit' });
  const [a, b, mine] = seen.map((s) => s.headers.get('idempotency-key'));
  assert.ok(a && b && a !== b, 'different calls, different keys');
  assert.equal(mine, 'form-7f3a-submit');

  await c.membership.retrieveApplication(application.id);
  assert.equal(seen[3]!.headers.has('idempotency-key'), false);
  await assert.rejects(c.membership.apply(applyBody, { idempotencyKey: '' }), RequestValidationError);
});

test('every create sends an Idempotency-Key', async () => {
  const { fetch, seen } = scriptedFetch([
    json({ id: 'ws_1', clientToken: 'wst_abc', expiresAt: '2026-11-02T10:30:00+08:00', components: ['jobs'] }, 201),
    json({ id: 'we_1', url: 'https://partner.example/hook', events: ['member.status_changed'], createdAt: '2026-11-02T10:00:00+08:00', status: 'active', failingSince: null, secret: 'whsec_x' }, 201),
    json({ id: 'sms_1', expiresAt: '2026-11-02T10:10:00+08:00' }, 201),
    json({ id: 'enr_1', planId: 'plan_2026', status: 'active', coverageStart: '2026-11-03', coverageEnd: '2026-12-31', workerPaysFen: 0, certificate: null, createdAt: '2026-11-02T10:00:00+08:00', updatedAt: '2026-11-02T10:00:00+08:00' }, 201),
    json({ id: 'reg_1', eventId: 'evt_1', status: 'confirmed', waitlistPosition: null, companions: [], people: 1, createdAt: '2026-11-02T10:00:00+08:00', updatedAt: '2026-11-02T10:00:00+08:00' }, 201),
    json({ id: 'japp_1', jobPostingId: 'job_1', status: 'submitted', createdAt: '2026-11-02T10:00:00+08:00', updatedAt: '2026-11-02T10:00:00+08:00' }, 201),
  ]);
  const c = client(fetch);
  await c.widgetSessions.create({ workerRef: 'rider-1', components: ['jobs'] });
  await c.webhookEndpoints.create({ url: 'https://partner.example/hook', events: ['member.status_changed'] });
  await c.smsVerifications.create({ mobile: '13800138000' });
  await c.insurance.enrol({ planId: 'plan_2026' });
  await c.events.register('evt_1');
  await c.jobs.apply('job_1', { consents: [{ purpose: 'job_application_sharing', noticeVersion: '2026-11' }] });
  assert.equal(seen.length, 6);
  for (const s of seen) assert.ok(s.headers.get('idempotency-key'), s.url.pathname);
  assert.equal(seen[4]!.body, '{}', 'a registration posts an empty object');
});

test('400, 401 unauthenticated, 404, 409 already_member, 422, 429 sms_attempts_exceeded are not retried', async () => {
  for (const [status, code, Class] of [
    [400, 'invalid_json', BadRequestError],
    [401, 'unauthenticated', AuthenticationError],
    [404, 'not_found', NotFoundError],
    [409, 'already_member', ConflictError],
    [409, 'idempotency_key_reused', ConflictError],
    [422, 'validation_failed', ValidationError],
    [429, 'sms_attempts_exceeded', RateLimitError],
  ] as const) {
    const { fetch, seen } = scriptedFetch([problem(status, code), json(application, 201)]);
    await assert.rejects(client(fetch).membership.apply(applyBody), (err: unknown) => {
      assert.ok(err instanceof Class, `${status} ${code}`);
      assert.equal((err as { code?: string }).code, code);
      return true;
    });
    assert.equal(seen.length, 1, `${status} ${code} is not retried`);
  }
});

test('a 422 carries the API\'s field errors', async () => {
  const errors = [{ path: 'consents.0.noticeVersion', code: 'invalid_value', message: '隐私告知版本已更新。' }];
  const { fetch } = scriptedFetch([problem(422, 'notice_version_outdated', { errors })]);
  await assert.rejects(client(fetch).membership.apply(applyBody), (err: unknown) => {
    assert.ok(err instanceof ValidationError);
    assert.deepEqual(err.errors, errors);
    return true;
  });
});

test('the backoff: Retry-After honoured (capped at 60 s), else 0.5 s × 2ⁿ ± 25 %, ≤ 8 s', async () => {
  delays.length = 0;
  const { fetch } = scriptedFetch([
    problem(429, 'rate_limited', {}, { 'Retry-After': '3' }),
    problem(429, 'rate_limited', {}, { 'Retry-After': '600' }),
    problem(500, 'server_error'),
    json(job(1)),
  ]);
  await client(fetch, { retryDelay: recordDelay, maxRetries: 3 }).jobs.retrieve('job_1');
  assert.equal(delays[0], 3000);
  assert.equal(delays[1], 60_000);
  assert.ok(delays[2]! >= 0.75 * 2000 && delays[2]! <= 1.25 * 2000, `third retry waited ${delays[2]}`);

  const err = new ConnectionError();
  for (let i = 0; i < 200; i++) {
    const d0 = defaultRetryDelay({ retry: 0, retryAfterSec: undefined, error: err });
    assert.ok(d0 >= 375 && d0 <= 625, String(d0));
    const d9 = defaultRetryDelay({ retry: 9, retryAfterSec: undefined, error: err });
    assert.ok(d9 >= 6000 && d9 <= 8000, String(d9));
  }
});

test('the default delay is really waited', async () => {
  const { fetch } = scriptedFetch([problem(429, 'rate_limited', {}, { 'Retry-After': '0' }), problem(500, 'server_error'), json(job(1))]);
  const started = Date.now();
  await new UnionClient({ baseUrl: BASE, token: 'wst_x', fetch }).jobs.retrieve('job_1');
  const took = Date.now() - started;
  assert.ok(took >= 350 && took < 3000, `took ${took} ms (Retry-After 0, then ~0.5 s)`);
});

test('a timeout is a TimeoutError, retried, with the same key', async () => {
  const { fetch, seen } = scriptedFetch([hang, hang, json(application, 201)]);
  const result = await client(fetch, { timeoutMs: 30 }).membership.apply(applyBody);
  assert.equal(result.id, application.id);
  assert.equal(seen.length, 3);
  assert.equal(new Set(seen.map((s) => s.headers.get('idempotency-key'))).size, 1);

  const always = scriptedFetch([hang]);
  await assert.rejects(client(always.fetch).jobs.retrieve('job_1', { timeoutMs: 20, maxRetries: 1 }), (err: unknown) => {
    assert.ok(err instanceof TimeoutError);
    assert.ok(err instanceof ConnectionError);
    return true;
  });
  assert.equal(always.seen.length, 2);
});

// ---------- aborts ----------

test('an abort during a request stops at once, no retry', async () => {
  const { fetch, seen } = scriptedFetch([hang]);
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(client(fetch).jobs.retrieve('job_1', { signal: controller.signal }), (err: unknown) => {
    assert.ok(err instanceof AbortError);
    assert.equal((err as Error).name, 'AbortError');
    return true;
  });
  assert.equal(seen.length, 1);
  assert.ok(Date.now() - started < 1000);
});

test('an abort during the backoff stops the retries at once', async () => {
  const { fetch, seen } = scriptedFetch([problem(500, 'server_error')]);
  const controller = new AbortController();
  const c = client(fetch, { retryDelay: () => 10_000 });
  const started = Date.now();
  setTimeout(() => controller.abort(), 30);
  await assert.rejects(c.jobs.retrieve('job_1', { signal: controller.signal }), AbortError);
  assert.equal(seen.length, 1);
  assert.ok(Date.now() - started < 1000, 'did not wait for the 10 s backoff');
});

test('an already aborted signal sends nothing', async () => {
  const { fetch, seen } = scriptedFetch([json(job(1))]);
  await assert.rejects(client(fetch).jobs.retrieve('job_1', { signal: AbortSignal.abort() }), AbortError);
  assert.equal(seen.length, 0);
});

// ---------- tokens ----------

test('401 token_expired: getToken again, retry once, not counted against maxRetries', async () => {
  let calls = 0;
  const getToken = async () => `wst_token_${++calls}`;
  const { fetch, seen } = scriptedFetch([
    (_req, s) => (s.headers.get('authorization') === 'Bearer wst_token_1' ? problem(401, 'token_expired')() : json(job(1))()),
  ]);
  const c = new UnionClient({ baseUrl: BASE, getToken, fetch, maxRetries: 0 });
  const result = await c.jobs.retrieve('job_1');
  assert.equal(result.id, 'job_1');
  assert.equal(calls, 2);
  assert.deepEqual(seen.map((s) => s.headers.get('authorization')), ['Bearer wst_token_1', 'Bearer wst_token_2']);

  await c.jobs.retrieve('job_1');
  await c.jobs.retrieve('job_2');
  assert.equal(calls, 2, 'the token is cached until it expires');
});

test('a second token_expired in one call is thrown; a static token is never refreshed', async () => {
  let calls = 0;
  const { fetch, seen } = scriptedFetch([problem(401, 'token_expired')]);
  const c = new UnionClient({ baseUrl: BASE, getToken: () => `wst_${++calls}`, fetch });
  await assert.rejects(c.jobs.retrieve('job_1'), (err: unknown) => err instanceof AuthenticationError && err.code === 'token_expired');
  assert.equal(seen.length, 2);
  assert.equal(calls, 2);

  const fixed = scriptedFetch([problem(401, 'token_expired')]);
  await assert.rejects(client(fixed.fetch).jobs.retrieve('job_1'), AuthenticationError);
  assert.equal(fixed.seen.length, 1);
});

test('concurrent calls share one token fetch and one refresh', async () => {
  let calls = 0;
  const getToken = async () => {
    await new Promise((r) => setTimeout(r, 5));
    return `wst_token_${++calls}`;
  };
  const { fetch } = scriptedFetch([
    (_req, s) => (s.headers.get('authorization') === 'Bearer wst_token_1' ? problem(401, 'token_expired')() : json(job(1))()),
  ]);
  const c = new UnionClient({ baseUrl: BASE, getToken, fetch });
  await Promise.all([c.jobs.retrieve('job_1'), c.jobs.retrieve('job_1'), c.jobs.retrieve('job_1')]);
  assert.equal(calls, 2);
});

test('a failing getToken is not cached', async () => {
  let calls = 0;
  const getToken = async () => {
    if (++calls === 1) throw new Error('partner backend down');
    return 'wst_ok';
  };
  const { fetch } = scriptedFetch([json(job(1))]);
  const c = new UnionClient({ baseUrl: BASE, getToken, fetch });
  await assert.rejects(c.jobs.retrieve('job_1'), /partner backend down/);
  assert.equal((await c.jobs.retrieve('job_1')).id, 'job_1');
});

// ---------- request validation ----------

test('a bad resident ID check digit fails before sending: invalid_checksum on residentIdNumber', async () => {
  const { fetch, seen } = scriptedFetch([json(application, 201)]);
  await assert.rejects(client(fetch).membership.apply({ ...applyBody, residentIdNumber: '110105194912310021' }), (err: unknown) => {
    assert.ok(err instanceof RequestValidationError);
    assert.equal(err.code, 'validation_failed');
    assert.equal(err.errors.length, 1);
    assert.equal(err.errors[0]!.path, 'residentIdNumber');
    assert.equal(err.errors[0]!.code, 'invalid_checksum');
    assert.match(err.errors[0]!.message, /check digit/);
    assert.doesNotMatch(err.message, /110105194912310021/, 'the ID number is not echoed');
    return true;
  });
  assert.equal(seen.length, 0, 'nothing was sent');
});

test('missing, mistyped and unknown fields map to the API\'s field codes', async () => {
  const { fetch, seen } = scriptedFetch([json(application, 201)]);
  const { fullName: _omit, ...withoutName } = applyBody;
  const bad = {
    ...withoutName,
    residentIdNumber: '11010519490230002X',
    mobile: '12345',
    workDistrict: '999999',
    consents: [{ purpose: 'membership_processing', noticeVersion: 2026 }],
  } as unknown as MembershipApplicationCreate;
  await assert.rejects(client(fetch).membership.apply(bad), (err: unknown) => {
    assert.ok(err instanceof RequestValidationError);
    const byPath = Object.fromEntries(err.errors.map((e) => [e.path, e.code]));
    assert.deepEqual(byPath, {
      fullName: 'required',
      mobile: 'invalid_format',
      workDistrict: 'invalid_value',
      'consents.0.noticeVersion': 'invalid_type',
      residentIdNumber: 'invalid_value',
    });
    return true;
  });
  await assert.rejects(client(fetch).insurance.enrol({} as never), (err: unknown) => {
    assert.ok(err instanceof RequestValidationError);
    assert.deepEqual(err.errors.map((e) => [e.path, e.code]), [['planId', 'required']]);
    return true;
  });
  await assert.rejects(client(fetch).smsVerifications.confirm('sms_1', { code: '12' }), RequestValidationError);
  assert.equal(seen.length, 0);
});

// ---------- response validation ----------

test('a response that breaks the contract throws ResponseValidationError, never returns it', async () => {
  const { title: _t, ...noTitle } = job(1);
  const { fetch } = scriptedFetch([json({ ...noTitle, salaryMinFen: '6000' }, 200, { 'Request-Id': 'req_bad' })]);
  await assert.rejects(client(fetch).jobs.retrieve('job_1'), (err: unknown) => {
    assert.ok(err instanceof ResponseValidationError);
    assert.equal(err.status, 200);
    assert.equal(err.requestId, 'req_bad');
    assert.deepEqual(err.issues.map((i) => i.path.join('.')).sort(), ['salaryMinFen', 'title']);
    return true;
  });

  const list = scriptedFetch([json({ data: [job(1), { id: 'job_2' }], nextCursor: null })]);
  await assert.rejects(client(list.fetch).jobs.list(), ResponseValidationError);

  const notJson = scriptedFetch([() => new Response('<html>captive portal</html>', { status: 200 })]);
  await assert.rejects(client(notJson.fetch).jobs.retrieve('job_1'), ResponseValidationError);
  assert.equal(notJson.seen.length, 1, 'a contract breach is not retried');
});

// ---------- other shapes ----------

test('events.calendar returns the ICS text', async () => {
  const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//UnionKit//Sandbox//ZH\r\nBEGIN:VEVENT\r\nUID:evt_1@unionkit\r\nSUMMARY:法律服务进驿站\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  const { fetch, seen } = scriptedFetch([() => new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })]);
  assert.equal(await client(fetch).events.calendar('evt_1'), ics);
  assert.equal(seen[0]!.url.pathname, '/v1/events/evt_1/calendar.ics');
  assert.equal(seen[0]!.headers.get('accept'), 'text/calendar');

  const wrong = scriptedFetch([json({ not: 'ics' })]);
  await assert.rejects(client(wrong.fetch).events.calendar('evt_1'), ResponseValidationError);
});

test('204 operations resolve to undefined', async () => {
  const { fetch, seen } = scriptedFetch([() => new Response(null, { status: 204 })]);
  const c = client(fetch, { token: 'sk_test_demo_delivery' });
  assert.equal(await c.webhookEndpoints.del('we_1'), undefined);
  assert.equal(await c.sandbox.reset(), undefined);
  assert.deepEqual(seen.map((s) => `${s.method} ${s.url.pathname}`), ['DELETE /v1/webhook-endpoints/we_1', 'POST /v1/sandbox/reset']);
});

test('the operation table: method and path of every SDK method', async () => {
  const ok = () => new Response('{}', { status: 200 });
  const { fetch, seen } = scriptedFetch([ok]);
  const c = client(fetch, { maxRetries: 0 });
  const calls: [() => Promise<unknown>, string][] = [
    [() => c.workers.retrieveStatus('rider-1'), 'GET /v1/workers/rider-1/status'],
    [() => c.webhookEndpoints.list(), 'GET /v1/webhook-endpoints'],
    [() => c.organisations.list({ district: '310104' }), 'GET /v1/union-organisations'],
    [() => c.membership.listApplications(), 'GET /v1/membership-applications'],
    [() => c.membership.retrieve(), 'GET /v1/membership'],
    [() => c.insurance.listPlans(), 'GET /v1/insurance-plans'],
    [() => c.insurance.checkEligibility('plan_1'), 'GET /v1/insurance-plans/plan_1/eligibility'],
    [() => c.insurance.listEnrolments(), 'GET /v1/insurance-enrolments'],
    [() => c.insurance.retrieveEnrolment('enr_1'), 'GET /v1/insurance-enrolments/enr_1'],
    [() => c.insurance.cancelEnrolment('enr_1'), 'POST /v1/insurance-enrolments/enr_1/cancel'],
    [() => c.servicePoints.retrieve('sp_1'), 'GET /v1/service-points/sp_1'],
    [() => c.events.list({ category: 'legal' }), 'GET /v1/events'],
    [() => c.events.retrieve('evt_1'), 'GET /v1/events/evt_1'],
    [() => c.events.listRegistrations(), 'GET /v1/event-registrations'],
    [() => c.events.cancelRegistration('reg_1'), 'POST /v1/event-registrations/reg_1/cancel'],
    [() => c.jobs.listApplications(), 'GET /v1/job-applications'],
    [() => c.jobs.withdrawApplication('japp_1'), 'POST /v1/job-applications/japp_1/withdraw'],
    [() => c.consents.list(), 'GET /v1/consents'],
    [() => c.consents.withdraw('con_1'), 'POST /v1/consents/con_1/withdraw'],
    [() => c.smsVerifications.confirm('sms_1', { code: '000000' }), 'POST /v1/sms-verifications/sms_1/confirm'],
    [() => c.sandbox.decideMembershipApplication('mapp_1', { decision: 'approve' }), 'POST /v1/sandbox/membership-applications/mapp_1/decision'],
  ];
  for (const [call, expected] of calls) {
    // `{}` is not a valid answer for any of them: the response is checked.
    await assert.rejects(Promise.resolve(call()), ResponseValidationError, expected);
    const last = seen.at(-1)!;
    assert.equal(`${last.method} ${last.url.pathname}`, expected);
  }
});
