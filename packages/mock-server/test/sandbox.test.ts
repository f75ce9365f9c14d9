// The public API: createSandbox with msw's getResponse, reset, determinism, baseUrl, the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { createSandbox, TEST_KEYS } from '../src/index.js';
import { responseErrors } from './support/contract.js';
import { SK, startHarness, TEST_NOW } from './support/harness.js';

/** Calls msw handlers directly (no server) and checks the response against the contract. */
async function direct(list: Parameters<typeof getResponse>[0], method: string, url: string, token?: string, body?: unknown) {
  const request = new Request(url, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await getResponse(list, request);
  assert.ok(response, `${method} ${url} was handled`);
  const text = await response.text();
  assert.deepEqual(responseErrors({ method, path: new URL(url).pathname, status: response.status, headers: response.headers, body: text }), []);
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

test('createSandbox() handlers answer through msw on any origin', async (t) => {
  const sandbox = createSandbox({ now: TEST_NOW });
  t.after(() => sandbox.dispose());
  const session = await direct(sandbox.handlers, 'POST', 'https://api.example.test/v1/widget-sessions', SK, { workerRef: 'w', components: ['events'] });
  assert.equal(session.status, 201);
  const events = await direct(sandbox.handlers, 'GET', 'http://localhost:9999/v1/events?limit=2', session.body.clientToken);
  assert.equal(events.body.data.length, 2);
  assert.equal(sandbox.store.sessions.size, 1);
});

test('baseUrl limits the handlers to one server', async (t) => {
  const sandbox = createSandbox({ now: TEST_NOW, baseUrl: 'http://localhost:4010/v1' });
  t.after(() => sandbox.dispose());
  const hit = await getResponse(sandbox.handlers, new Request('http://localhost:4010/v1/events'));
  assert.equal(hit?.status, 401);
  const miss = await getResponse(sandbox.handlers, new Request('http://elsewhere.test/v1/events'));
  assert.equal(miss, undefined);
});

test('the same seed and clock give the same data and the same ids; never the same tokens', async (t) => {
  const a = createSandbox({ now: TEST_NOW, seed: 7 });
  const b = createSandbox({ now: TEST_NOW, seed: 7 });
  t.after(() => (a.dispose(), b.dispose()));
  assert.deepEqual(a.store.events, b.store.events);
  const sa = await direct(a.handlers, 'POST', 'http://x/v1/widget-sessions', SK, { workerRef: 'w', components: ['events'] });
  const sb = await direct(b.handlers, 'POST', 'http://x/v1/widget-sessions', SK, { workerRef: 'w', components: ['events'] });
  assert.equal(sa.body.id, sb.body.id);
  assert.equal(sa.headers.get('request-id'), sb.headers.get('request-id'));
  assert.notEqual(sa.body.clientToken, sb.body.clientToken, 'a token grants access: it comes from a CSPRNG');
});

test('reset() and POST /sandbox/reset go back to the seed', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  await h.call('POST', '/events/evt_last_place/registrations', { token, body: {} });
  assert.equal((await h.call('GET', '/events/evt_last_place', { token })).body.placesLeft, 0);
  const reset = await h.call('POST', '/sandbox/reset', { token: SK });
  assert.equal(reset.status, 204);
  assert.equal((await h.call('GET', '/events', { token })).body.code, 'unauthenticated', 'sessions are gone');
  const fresh = await h.session();
  assert.equal((await h.call('GET', '/events/evt_last_place', { token: fresh })).body.placesLeft, 1);
  h.server.sandbox.reset();
  assert.equal(h.server.sandbox.store.sessions.size, 0);
});

test('a sandbox’s handlers array and TEST_KEYS', () => {
  const { handlers, dispose } = createSandbox();
  assert.ok(Array.isArray(handlers) && handlers.length > 30);
  dispose();
  assert.deepEqual(
    { secretKey: TEST_KEYS.secretKey, webhookSecret: TEST_KEYS.webhookSecret, partnerId: TEST_KEYS.partnerId },
    { secretKey: 'sk_test_demo_delivery', webhookSecret: 'whsec_test_demo_delivery', partnerId: 'demo-delivery' },
  );
});

test('the CLI starts the server, prints how to use it, and exits cleanly on SIGTERM', async () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '1' },
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (c: string) => (out += c));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const deadline = Date.now() + 20_000;
  while (!/curl -s -X POST/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  assert.ok(url, out);
  assert.match(out, /sk_test_demo_delivery/);
  assert.match(out, /whsec_test_demo_delivery/);
  assert.ok(out.includes(`${url}/v1`));
  const health = await fetch(`${url}/healthz`);
  const text = await health.text();
  assert.deepEqual(responseErrors({ method: 'GET', path: '/healthz', status: health.status, headers: health.headers, body: text }), []);
  assert.deepEqual(JSON.parse(text), { status: 'ok' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
