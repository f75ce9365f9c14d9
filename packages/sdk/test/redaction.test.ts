// No error the SDK throws may carry a credential: not its message or stack, not its cause chain, not
// any property, not what `console.error` (util.inspect) or JSON.stringify print. A timeout used to
// print `authorization: 'Bearer sk_…'` through `err.cause.request`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import {
  AuthenticationError,
  ConnectionError,
  RequestValidationError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  TokenError,
  UnionClient,
  UnionKitError,
} from '@unionkit/sdk';
import { createWidgetSession, constructEvent, signPayload, verifySignature } from '@unionkit/sdk/server';
import { hang, json, problem, scriptedFetch, type Step } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
const SECRET_KEY = 'sk_test_leak_9f3a1c';
const CLIENT_TOKEN = 'wst_leak_7d2e5b';
const WEBHOOK_SECRET = 'whsec_leak_4c8d0e';
const SECRETS = [SECRET_KEY, CLIENT_TOKEN, WEBHOOK_SECRET, 'wst_old_0a1b2c'];

/** Every text form in which an error reaches a log. */
function printed(err: unknown): string {
  const parts = [inspect(err, { depth: Infinity, showHidden: true }), JSON.stringify(err), String(err)];
  for (let e: unknown = err, i = 0; e instanceof Error && i < 10; e = e.cause, i++) parts.push(e.message, e.stack ?? '');
  return parts.join('\n');
}

function assertClean(err: unknown, what: string): void {
  assert.ok(err instanceof UnionKitError, `${what}: an SDK error (${String(err)})`);
  const text = printed(err);
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${what}: ${secret} is printed:\n${text}`);
  assert.doesNotMatch(text, /\b(Bearer|Basic)\s+(?!\[redacted\])[\w.~+/-]{8,}/i, `${what}: an Authorization value is printed`);
}

function client(step: Step, token = SECRET_KEY, extra: Partial<ConstructorParameters<typeof UnionClient>[0]> = {}) {
  const { fetch } = scriptedFetch([step]);
  return new UnionClient({ baseUrl: BASE, token, fetch, retryDelay: () => 0, maxRetries: 0, ...extra });
}

test('a timeout carries no credential, yet says what timed out', async () => {
  for (const token of [SECRET_KEY, CLIENT_TOKEN]) {
    const err = await client(hang, token, { timeoutMs: 10 }).jobs.retrieve('job_1').catch((e: unknown) => e);
    assert.ok(err instanceof TimeoutError);
    assertClean(err, `timeout with ${token.slice(0, 4)}`);
    assert.match((err as Error).message, /GET \/job-postings\/job_1/);
    assert.equal(((err as Error).cause as Error).name, 'TimeoutError', 'the cause is kept, without the request');
  }
});

test('a connection error whose cause holds the request (as some fetches attach it) carries no credential', async () => {
  const throwsWithRequest: Step = (req) => {
    throw new TypeError('Failed to fetch', {
      cause: Object.assign(new Error(`socket hang up (${req.headers.get('authorization')})`), { code: 'ECONNRESET', request: req, config: { headers: Object.fromEntries(req.headers) } }),
    });
  };
  const err = await client(throwsWithRequest).webhookEndpoints.list().catch((e: unknown) => e);
  assert.ok(err instanceof ConnectionError);
  assertClean(err, 'connection error');
  const cause = (err as Error).cause as Error;
  assert.equal(cause.message, 'Failed to fetch');
  assert.equal((cause.cause as { code?: string }).code, 'ECONNRESET', 'the error code survives for debugging');
});

test('a real refused connection carries no credential and keeps its code', async () => {
  const port = await new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const c = new UnionClient({ baseUrl: `http://127.0.0.1:${port}/v1`, token: SECRET_KEY, maxRetries: 0 });
  const err = await c.workers.retrieveStatus('rider-1').catch((e: unknown) => e);
  assert.ok(err instanceof ConnectionError);
  assertClean(err, 'refused');
  assert.match(printed(err), /ECONNREFUSED/);
});

test('an API error that echoes a credential (in the problem, the text or a header) does not keep it', async () => {
  const echoed = problem(401, 'unauthenticated', { detail: `Unknown credential Bearer ${CLIENT_TOKEN}.` }, {
    'X-Debug-Authorization': `Bearer ${CLIENT_TOKEN}`,
    'WWW-Authenticate': `Bearer error="invalid_token", token="${CLIENT_TOKEN}"`,
  });
  const err = await client(echoed, CLIENT_TOKEN).events.list().catch((e: unknown) => e);
  assert.ok(err instanceof AuthenticationError);
  assert.equal(err.code, 'unauthenticated', 'code, status and requestId are kept');
  assert.match(err.requestId!, /^req_/);
  assertClean(err, '401 echo');

  const text: Step = () => new Response(`proxy error; authorization: Bearer ${SECRET_KEY}`, { status: 502, headers: { 'Request-Id': 'req_proxy' } });
  const err502 = await client(text).workers.retrieveStatus('rider-1').catch((e: unknown) => e);
  assert.ok(err502 instanceof ServerError);
  assertClean(err502, '502 text');
});

test('validation errors, both ways, carry no credential', async () => {
  const badAnswer = json({ id: 'ws_1', clientToken: CLIENT_TOKEN, expiresAt: 'not a date', components: ['jobs'] }, 201);
  const err = await client(badAnswer).widgetSessions.create({ workerRef: 'rider-1', components: ['jobs'] }).catch((e: unknown) => e);
  assert.ok(err instanceof ResponseValidationError);
  assertClean(err, 'response validation');

  const bad = await client(json({}))
    .webhookEndpoints.create({ url: `https://partner.example/hook?key=${SECRET_KEY}`, events: ['nope' as never] })
    .catch((e: unknown) => e);
  assert.ok(bad instanceof RequestValidationError);
  assertClean(bad, 'request validation');
});

test('a getToken that fails is a TokenError without the credential it held', async () => {
  const leaky = () => {
    const request = new Request(`${BASE}/../session`, { headers: { authorization: `Bearer ${CLIENT_TOKEN}` } });
    throw Object.assign(new Error(`session refresh failed for Bearer wst_old_0a1b2c`), { request });
  };
  const c = new UnionClient({ baseUrl: BASE, getToken: leaky, fetch: scriptedFetch([json({})]).fetch });
  const err = await c.jobs.retrieve('job_1').catch((e: unknown) => e);
  assert.ok(err instanceof TokenError, String(err));
  assertClean(err, 'getToken failure');
  assert.match((err as Error).message, /session refresh failed/, 'the reason survives');

  // A refresh after token_expired that fails the same way.
  let calls = 0;
  const { fetch } = scriptedFetch([problem(401, 'token_expired')]);
  const refreshing = new UnionClient({
    baseUrl: BASE,
    getToken: () => (++calls === 1 ? 'wst_old_0a1b2c' : leaky()),
    fetch,
  });
  const refreshErr = await refreshing.jobs.retrieve('job_1').catch((e: unknown) => e);
  assert.ok(refreshErr instanceof TokenError);
  assertClean(refreshErr, 'refresh failure');
});

test('@unionkit/sdk/server: session minting and webhook checks put no secret in errors', async () => {
  const mint = await createWidgetSession(
    { baseUrl: BASE, token: SECRET_KEY, fetch: scriptedFetch([hang]).fetch, timeoutMs: 10, maxRetries: 0 },
    { workerRef: 'rider-1', components: ['jobs'] },
  ).catch((e: unknown) => e);
  assert.ok(mint instanceof TimeoutError);
  assertClean(mint, 'createWidgetSession timeout');

  const wrongKind = await createWidgetSession({ baseUrl: BASE, token: CLIENT_TOKEN }, { workerRef: 'rider-1', components: ['jobs'] }).catch(
    (e: unknown) => e,
  );
  assertClean(wrongKind, 'createWidgetSession with a client token');

  const body = JSON.stringify({ id: 'evt_1' });
  const header = await signPayload(WEBHOOK_SECRET, body);
  for (const [what, run] of [
    ['wrong secret', () => verifySignature(body, header, 'whsec_other_secret')],
    ['tampered body', () => verifySignature(`${body} `, header, WEBHOOK_SECRET)],
    ['API key as secret', () => verifySignature(body, header, SECRET_KEY)],
    ['stale', () => verifySignature(body, header, WEBHOOK_SECRET, { now: Date.now() / 1000 + 3600 })],
    ['unknown event', () => constructEvent(body, header, WEBHOOK_SECRET)],
  ] as const) {
    const caught: unknown = await run().then(() => undefined, (e: unknown) => e);
    assert.ok(caught instanceof Error, `${what} is refused`);
    assertClean(caught, what);
  }
});
