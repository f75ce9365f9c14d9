// The SDK's request path as Node runs it: the `node` entry (schemas compiled once by zod), headers
// built as a plain record, a timeout only when there is one. Each test builds its own fetch and client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { zJobPosting } from '@unionkit/contract/schemas';
import { AbortError, ResponseValidationError, TimeoutError, UnionClient, type ClientOptions } from '@unionkit/sdk';
import { job } from './support/fixtures.js';
import { hang, json, scriptedFetch } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
function client(fetch: ClientOptions['fetch'], extra: Partial<ClientOptions> = {}) {
  return new UnionClient({ baseUrl: BASE, token: 'wst_test_session', fetch, retryDelay: () => 0, ...extra });
}

test('Node resolves the package to its node entry, the one that compiles the schemas', () => {
  assert.match(import.meta.resolve('@unionkit/sdk'), /\/(src\/node\.ts|dist\/node\.js)$/);
  assert.match(import.meta.resolve('@unionkit/sdk/server'), /\/(src|dist)\/server\/index\.(ts|js)$/);
});

test('a valid response comes back as zod parses it: unknown keys kept (fields of a later contract), the rest as sent', async () => {
  const body = { ...job(1), surprise: { nested: true } };
  const c = client(scriptedFetch([json(body)]).fetch);
  for (let i = 0; i < 3; i++) {
    const result = await c.jobs.retrieve('job_1');
    assert.deepEqual((result as Record<string, unknown>)['surprise'], { nested: true });
    assert.deepEqual(result, body);
    assert.deepEqual(result, z.parse(zJobPosting, body));
  }
});

test('a response that breaks the contract fails with the very issues zod gives, every time', async () => {
  const body = { ...job(1), salaryMinFen: -1, title: 5, requirements: ['ok', 7] };
  const expected = z.safeParse(zJobPosting, body);
  assert.equal(expected.success, false);
  const c = client(scriptedFetch([json(body)]).fetch, { maxRetries: 0 });
  for (let i = 0; i < 3; i++) {
    const err = await c.jobs.retrieve('job_1').catch((e: unknown) => e);
    assert.ok(err instanceof ResponseValidationError);
    assert.deepEqual(JSON.parse(JSON.stringify(err.issues)), JSON.parse(JSON.stringify(expected.error!.issues)));
  }
});

test('header names are case-blind: the SDK’s own win over defaults, a call’s headers replace or remove any case', async () => {
  const { fetch, seen } = scriptedFetch([json(job(1))]);
  const c = client(fetch, { defaultHeaders: { ACCEPT: 'text/plain', 'X-Trace': 'a', 'X-Keep': 'k', Authorization: 'Bearer other' } });
  await c.jobs.retrieve('job_1', { headers: { 'x-TRACE': 'b', 'x-keep': null, 'X-New': 'n', 'X-Skip': undefined } });
  const headers = seen[0]!.headers;
  assert.equal(headers.get('accept'), 'application/json');
  assert.equal(headers.get('authorization'), 'Bearer wst_test_session');
  assert.equal(headers.get('x-trace'), 'b');
  assert.equal(headers.has('x-keep'), false);
  assert.equal(headers.get('x-new'), 'n');
  assert.equal(headers.has('x-skip'), false);
  assert.deepEqual([...headers.keys()].sort(), ['accept', 'authorization', 'x-new', 'x-trace']);
});

test('with the timeout off, the caller’s signal still stops a request at once', async () => {
  const { fetch, seen } = scriptedFetch([hang]);
  const controller = new AbortController();
  const pending = client(fetch, { timeoutMs: 0 }).jobs.retrieve('job_1', { signal: controller.signal });
  await new Promise((resolve) => setImmediate(resolve));
  controller.abort();
  await assert.rejects(pending, AbortError);
  assert.equal(seen.length, 1);
});

test('a timeout still ends an attempt whose fetch ignores the signal', async () => {
  const deaf = () => new Promise<Response>(() => {});
  const err = await client(deaf, { timeoutMs: 20, maxRetries: 0 })
    .jobs.retrieve('job_1')
    .catch((e: unknown) => e);
  assert.ok(err instanceof TimeoutError);
});

// The test's own timeout is a guard against a hang: with the caller's signal lost, the abort would
// wait out the ten-minute timeout.
test('with the platform’s own fetch, a server that never answers times out, is retried with the same key, and a caller’s abort still wins', { timeout: 30_000 }, async (t) => {
  // A real socket on loopback that reads each request and never answers.
  const { createServer } = await import('node:http');
  const keys: (string | undefined)[] = [];
  const server = createServer((req) => {
    keys.push(req.headers['idempotency-key'] as string | undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as import('node:net').AddressInfo;
  const real = new UnionClient({ baseUrl: `http://127.0.0.1:${port}/v1`, token: 'wst_test_session', retryDelay: () => 0 });

  const timedOut = await real.events.register('evt_1', {}, { timeoutMs: 50, maxRetries: 1 }).catch((e: unknown) => e);
  assert.ok(timedOut instanceof TimeoutError, String(timedOut));
  assert.equal(keys.length, 2, 'tried twice');
  assert.ok(keys[0] && keys[0] === keys[1], 'with the same Idempotency-Key');

  const controller = new AbortController();
  const pending = real.jobs.retrieve('job_1', { timeoutMs: 600_000, signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  assert.ok((await pending.catch((e: unknown) => e)) instanceof AbortError, 'the caller’s signal, merged with the timeout');
});
