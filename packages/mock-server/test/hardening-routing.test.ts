// Routing is exact: only `/v1/…` and `/healthz` are served, however else a path is spelled; unknown
// methods are 405 with Allow; HEAD works wherever GET does; every response says nosniff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createSandbox } from '../src/index.js';
import { problemErrors } from './support/contract.js';
import { raw, SK, startHarness, TEST_NOW, type RawResponse } from './support/harness.js';

function assertProblem(res: RawResponse, status: number, code: string, where: string): void {
  assert.equal(res.status, status, `${where}: ${res.text}`);
  assert.equal(res.body?.code, code, where);
  const headers = new Headers(Object.entries(res.headers).map(([k, v]) => [k, String(v)] as [string, string]));
  assert.deepEqual(problemErrors({ method: 'GET', path: where, status, headers, body: res.text }), [], where);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', where);
}

test('only /v1/… and /healthz are served: every other spelling of a path is a 404 problem', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const auth = { Authorization: `Bearer ${token}` };
  assert.equal((await raw(h.server, { path: '/v1/events?limit=1', headers: auth })).status, 200);
  for (const path of [
    '/anything/v1/events',
    '//v1/events',
    '/V1/events',
    '/v1//events',
    '/v1/events/',
    '/v1/Events',
    '/v1/./events',
    '/v1/x/../events',
    '/v1/%2e%2e/v1/events',
    '/v1%2Fevents',
    '/v1/events/evt_open%2Fcalendar.ics',
    '/v1/events/evt_open%2fcalendar.ics',
    '/v1/events\\evt_open',
    '/healthz/',
    '/HEALTHZ',
    '/anything/healthz',
    'http://127.0.0.1/v1/events',
  ]) {
    assertProblem(await raw(h.server, { path, headers: auth }), 404, 'not_found', path);
  }
});

test('a proxy rule on /v1/sandbox/* cannot be walked around: other spellings of reset reset nothing', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'keeps-place' });
  assert.equal((await h.call('POST', '/events/evt_open/registrations', { token, body: {} })).status, 201);
  const auth = { Authorization: `Bearer ${SK}` };
  for (const path of ['/x/v1/sandbox/reset', '//v1/sandbox/reset', '/V1/sandbox/reset', '/v1//sandbox/reset', '/v1/sandbox%2Freset', '/v1/x/../sandbox/reset', '/v1/sandbox/reset/']) {
    const res = await raw(h.server, { method: 'POST', path, headers: auth });
    assertProblem(res, 404, 'not_found', path);
  }
  assert.equal(h.server.sandbox.store.registrations.size, 1, 'nothing was reset');
});

test('unknown methods are 405 problems with Allow, on routes, elsewhere and on /healthz', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const auth = { Authorization: `Bearer ${token}` };
  for (const method of ['TRACE', 'PROPFIND', 'PURGE']) {
    const onRoute = await raw(h.server, { method, path: '/v1/events', headers: auth });
    assertProblem(onRoute, 405, 'method_not_allowed', `${method} /v1/events`);
    assert.equal(onRoute.headers['allow'], 'GET, HEAD, OPTIONS');
    const both = await raw(h.server, { method, path: '/v1/membership-applications', headers: auth });
    assert.equal(both.headers['allow'], 'GET, HEAD, POST, OPTIONS');
    const unknown = await raw(h.server, { method, path: '/v1/nowhere', headers: auth });
    assertProblem(unknown, 405, 'method_not_allowed', `${method} /v1/nowhere`);
    assert.ok(unknown.headers['allow']);
    const health = await raw(h.server, { method, path: '/healthz' });
    assertProblem(health, 405, 'method_not_allowed', `${method} /healthz`);
    assert.equal(health.headers['allow'], 'GET, HEAD');
  }
  const post = await raw(h.server, { method: 'POST', path: '/healthz' });
  assertProblem(post, 405, 'method_not_allowed', 'POST /healthz');
  // the wrong one of our own methods names HEAD beside GET
  const put = await h.call('PUT', '/events/evt_open', { token, body: {}, check: 'problem' });
  assert.equal(put.headers.get('allow'), 'GET, HEAD, OPTIONS');
});

test('HEAD answers like GET, without a body, wherever GET works', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const auth = { Authorization: `Bearer ${token}` };
  for (const path of ['/v1/events?limit=2', '/v1/events/evt_open', '/v1/membership', '/v1/events/evt_open/calendar.ics', '/healthz']) {
    const get = await raw(h.server, { path, headers: auth });
    const head = await raw(h.server, { method: 'HEAD', path, headers: auth });
    assert.equal(head.status, get.status, path);
    assert.equal(head.text, '', path);
    assert.equal(head.headers['content-type'], get.headers['content-type'], path);
    assert.ok(head.headers['request-id'], path);
    assert.equal(head.headers['x-content-type-options'], 'nosniff', path);
  }
  // HEAD without a credential is refused like GET
  assert.equal((await raw(h.server, { method: 'HEAD', path: '/v1/events' })).status, 401);
  // and where GET is not allowed, neither is HEAD
  const noGet = await raw(h.server, { method: 'HEAD', path: '/v1/sandbox/reset', headers: { Authorization: `Bearer ${SK}` } });
  assert.equal(noGet.status, 405);
  assert.equal(noGet.headers['allow'], 'POST, OPTIONS');
});

test('X-Content-Type-Options: nosniff on every response: success, errors, 404, preflight, healthz', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const responses = [
    await h.call('GET', '/events?limit=1', { token }),
    await h.call('GET', '/events'),
    await h.call('GET', '/events/none', { token }),
    await h.call('GET', '/v1/nope', { token, check: 'problem' }),
    await h.call('GET', '/elsewhere', { check: 'problem' }),
    await h.call('DELETE', '/events', { token, check: 'problem' }),
    await h.call('OPTIONS', '/events', { headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET' }, check: 'preflight' }),
    await h.call('OPTIONS', '/events', { headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' }, check: 'problem' }),
    await h.call('GET', '/healthz'),
    await h.call('POST', '/sandbox/reset', { token: SK }),
  ];
  for (const res of responses) assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${res.status} ${res.text}`);
});

test('the msw handlers route the same way: exact /v1 paths, HEAD like GET, nosniff', async (t) => {
  const sandbox = createSandbox({ now: TEST_NOW });
  t.after(() => sandbox.dispose());
  const session = await getResponse(
    sandbox.handlers,
    new Request('http://app.test/v1/widget-sessions', {
      method: 'POST',
      headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ workerRef: 'msw-routing', components: ['events'] }),
    }),
  );
  const { clientToken } = (await session!.json()) as { clientToken: string };
  const auth = { Authorization: `Bearer ${clientToken}` };
  const ok = await getResponse(sandbox.handlers, new Request('http://app.test/v1/events?limit=1', { headers: auth }));
  assert.equal(ok?.status, 200);
  assert.equal(ok?.headers.get('x-content-type-options'), 'nosniff');
  // not the API: left to the network (msw passes it through)
  for (const url of ['http://app.test/anything/v1/events', 'http://app.test/V1/events', 'http://app.test//v1/events']) {
    assert.equal(await getResponse(sandbox.handlers, new Request(url, { headers: auth })), undefined, url);
  }
  // under /v1 but not an operation: a 404 problem
  for (const url of ['http://app.test/v1//events', 'http://app.test/v1/Events', 'http://app.test/v1/events/', 'http://app.test/v1/events/evt_open%2Fcalendar.ics']) {
    const res = await getResponse(sandbox.handlers, new Request(url, { headers: auth }));
    assert.equal(res?.status, 404, url);
    assert.equal(((await res!.json()) as { code: string }).code, 'not_found', url);
    assert.equal(res?.headers.get('x-content-type-options'), 'nosniff', url);
  }
  const head = await getResponse(sandbox.handlers, new Request('http://app.test/v1/events?limit=1', { method: 'HEAD', headers: auth }));
  assert.equal(head?.status, 200);
  assert.equal(await head!.text(), '');
  assert.equal(head?.headers.get('content-type'), 'application/json');
});
