// Credentials, sessions, scopes, origins and CORS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_COMPONENTS, SK, snapshot, startHarness } from './support/harness.js';

test('a partner mints a 15-minute client token for one worker', async (t) => {
  const h = await startHarness(t);
  const res = await h.call('POST', '/widget-sessions', {
    token: SK,
    body: { workerRef: 'rider-1', components: ['membership', 'events'], locale: 'en', attestation: { activeOrdersLast7Days: 3 } },
  });
  assert.equal(res.status, 201);
  assert.match(res.body.clientToken, /^wst_/);
  assert.deepEqual(res.body.components, ['membership', 'events']);
  assert.equal(res.body.locale, 'en');
  assert.equal(res.body.expiresAt, '2026-11-30T10:15:00+08:00');
  assert.equal(res.headers.get('ratelimit-limit'), '300');
});

test('session minting rejects bad bodies with every field error, and changes nothing', async (t) => {
  const h = await startHarness(t);
  const before = snapshot(h);
  const res = await h.call('POST', '/widget-sessions', {
    token: SK,
    body: { workerRef: 'has space', components: ['membership', 'nope'], verifiedMobile: '12345', colour: 'red' },
  });
  assert.equal(res.status, 422);
  assert.equal(res.body.code, 'validation_failed');
  const byPath = Object.fromEntries(res.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]));
  assert.equal(byPath['workerRef'], 'invalid_format');
  assert.equal(byPath['components.1'], 'invalid_value');
  assert.equal(byPath['verifiedMobile'], 'invalid_format');
  assert.equal(byPath['colour'], 'unknown_field');
  for (const e of res.body.errors) assert.match(e.message, /[\u4e00-\u9fff].* [A-Za-z]/, 'bilingual, Chinese first');

  const missing = await h.call('POST', '/widget-sessions', { token: SK, body: {} });
  assert.deepEqual(
    missing.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`).sort(),
    ['components:required', 'workerRef:required'],
  );
  const types = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: 42, components: 'membership' } });
  assert.deepEqual(
    types.body.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`).sort(),
    ['components:invalid_type', 'workerRef:invalid_type'],
  );
  const dup = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: 'r', components: ['jobs', 'jobs'] } });
  assert.equal(dup.status, 422);
  const empty = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: 'r', components: [] } });
  assert.equal(empty.body.errors[0].code, 'too_small');
  assert.equal(snapshot(h), before);
});

test('missing, malformed and unknown credentials are 401 unauthenticated', async (t) => {
  const h = await startHarness(t);
  for (const headers of [{} as Record<string, string>, { Authorization: 'Basic abc' }, { Authorization: 'Bearer sk_test_wrong' }, { Authorization: 'Bearer wst_unknown' }, { Authorization: 'Bearer xyz' }]) {
    const res = await h.call('GET', '/events', { headers });
    assert.equal(res.status, 401, JSON.stringify(headers));
    assert.equal(res.body.code, 'unauthenticated');
    assert.equal(res.body.type, 'urn:unionkit:problem:unauthenticated');
    assert.match(res.body.title, /^[\u4e00-\u9fff]/);
  }
});

test('a client token expires after 15 minutes: 401 token_expired', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  assert.equal((await h.call('GET', '/events', { token })).status, 200);
  h.server.sandbox.store.clock.advance(15 * 60 * 1000 - 1000);
  assert.equal((await h.call('GET', '/events', { token })).status, 200);
  h.server.sandbox.store.clock.advance(1000);
  const res = await h.call('GET', '/events', { token });
  assert.equal(res.status, 401);
  assert.equal(res.body.code, 'token_expired');
});

test('a secret key sent with an Origin header is 403 secret_key_in_browser', async (t) => {
  const h = await startHarness(t);
  const before = snapshot(h);
  const res = await h.call('POST', '/widget-sessions', {
    token: SK,
    headers: { Origin: 'http://localhost:5173' },
    body: { workerRef: 'r', components: ['jobs'] },
  });
  assert.equal(res.status, 403);
  assert.equal(res.body.code, 'secret_key_in_browser');
  assert.equal(snapshot(h), before);
});

test('credential kinds and component scopes: 403 forbidden_scope', async (t) => {
  const h = await startHarness(t);
  const jobsOnly = await h.session({ components: ['jobs'] });
  const wrongScope = await h.call('GET', '/events', { token: jobsOnly });
  assert.equal(wrongScope.status, 403);
  assert.equal(wrongScope.body.code, 'forbidden_scope');
  assert.equal((await h.call('GET', '/job-postings', { token: jobsOnly })).status, 200);
  // consents: any component
  assert.equal((await h.call('GET', '/consents', { token: jobsOnly })).status, 200);
  // membership: membership or insurance
  const insurance = await h.session({ components: ['insurance'] });
  assert.equal((await h.call('GET', '/membership', { token: insurance })).body.status, 'none');
  assert.equal((await h.call('GET', '/membership', { token: jobsOnly })).body.code, 'forbidden_scope');
  // a client token on a partner-server operation, a secret key on a widget operation
  const wstOnSk = await h.call('POST', '/widget-sessions', { token: jobsOnly, body: { workerRef: 'x', components: ['jobs'] } });
  assert.equal(wstOnSk.status, 403);
  assert.equal(wstOnSk.body.code, 'forbidden_scope');
  assert.equal((await h.call('GET', '/webhook-endpoints', { token: jobsOnly })).body.code, 'forbidden_scope');
  const skOnWst = await h.call('GET', '/job-postings', { token: SK });
  assert.equal(skOnWst.status, 403);
  assert.equal(skOnWst.body.code, 'forbidden_scope');
  assert.equal((await h.call('POST', '/sandbox/reset', { token: jobsOnly })).body.code, 'forbidden_scope');
});

test('a client token from an unregistered origin is 403 origin_not_allowed; registered origins get CORS headers', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const bad = await h.call('GET', '/events', { token, headers: { Origin: 'https://evil.example' } });
  assert.equal(bad.status, 403);
  assert.equal(bad.body.code, 'origin_not_allowed');
  assert.equal(bad.headers.get('access-control-allow-origin'), null);

  for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://localhost']) {
    const ok = await h.call('GET', '/events?limit=1', { token, headers: { Origin: origin } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), origin);
    assert.equal(ok.headers.get('vary'), 'Origin');
    assert.match(ok.headers.get('access-control-expose-headers') ?? '', /Request-Id.*RateLimit-Remaining.*Idempotent-Replayed/);
  }
  for (const origin of ['http://localhost.evil.example:80', 'https://localhost:5173', 'http://127.0.0.1:80x']) {
    const res = await h.call('GET', '/events?limit=1', { token, headers: { Origin: origin } });
    assert.equal(res.status, 403, origin);
  }
});

test('CORS preflight: allowed origins get the allowed and exposed headers; others 403 origin_not_allowed', async (t) => {
  const h = await startHarness(t);
  const ok = await h.call('OPTIONS', '/membership-applications', {
    headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key' },
    check: 'preflight',
  });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:3000');
  assert.equal(ok.headers.get('access-control-allow-headers'), 'Authorization, Content-Type, Idempotency-Key, UnionKit-Sandbox-Scenario');
  assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
  assert.equal(
    ok.headers.get('access-control-expose-headers'),
    'Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed',
  );
  assert.equal(ok.headers.get('vary'), 'Origin');

  const denied = await h.call('OPTIONS', '/membership-applications', {
    headers: { Origin: 'https://h5.other-app.test', 'Access-Control-Request-Method': 'POST' },
    check: 'problem',
  });
  assert.equal(denied.status, 403);
  assert.equal(denied.body.code, 'origin_not_allowed');
  assert.equal(denied.headers.get('access-control-allow-origin'), null);
});

test("another worker's token never sees this worker's things: 404, the same as an unknown id", async (t) => {
  const h = await startHarness(t);
  const a = await h.session({ workerRef: 'worker-a' });
  const b = await h.session({ workerRef: 'worker-b' });
  const sms = await h.call('POST', '/sms-verifications', { token: a, body: { mobile: '13800138000' } });
  const reg = await h.call('POST', '/events/evt_open/registrations', { token: a, body: {} });
  const before = snapshot(h);
  for (const [method, path, body] of [
    ['POST', `/sms-verifications/${sms.body.id}/confirm`, { code: '000000' }],
    ['POST', `/event-registrations/${reg.body.id}/cancel`, undefined],
    ['POST', `/sandbox/membership-applications/mapp_unknown/decision`, { decision: 'approve' }],
  ] as const) {
    const res = await h.call(method, path, { token: b, body });
    assert.equal(res.status, 404, `${path} ${res.text}`);
    assert.equal(res.body.code, 'not_found');
  }
  assert.equal(snapshot(h), before);
  // a second session of the same worker is the same worker
  const a2 = await h.session({ workerRef: 'worker-a' });
  const list = await h.call('GET', '/event-registrations', { token: a2 });
  assert.deepEqual(list.body.data.map((r: { id: string }) => r.id), [reg.body.id]);
});

test('a session with every component reaches every widget operation', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ALL_COMPONENTS });
  for (const path of ['/union-organisations?limit=1', '/insurance-plans', '/service-points?limit=1', '/events?limit=1', '/job-postings?limit=1', '/consents']) {
    assert.equal((await h.call('GET', path, { token })).status, 200, path);
  }
});
