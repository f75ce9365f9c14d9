// The node server answers from one route table (`src/http/dispatch.ts`) instead of msw's matching;
// its answers must be the msw handlers' answers, byte for byte, for every kind of request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { canDispatch, dispatch } from '../src/http/dispatch.js';
import { toResponse } from '../src/http/pipeline.js';
import { createSandbox, runtimeOf } from '../src/sandbox.js';
import { SK, TEST_NOW } from './support/harness.js';

interface Seen {
  status: number;
  headers: [string, string][];
  body: string;
}

async function read(response: Response | undefined): Promise<Seen | undefined> {
  if (!response) return undefined;
  return { status: response.status, headers: [...response.headers].sort(), body: await response.text() };
}

/** The table's answer as the `Response` msw users would get. */
async function tableAnswer(rt: ReturnType<typeof runtimeOf>, request: Request): Promise<Seen | undefined> {
  const answer = await dispatch(rt, request);
  return read(answer && toResponse(answer));
}

/** A request to send twice: built anew each time (a body can be read once). */
type Make = (token: string) => Request;

const json = (method: string, url: string, token: string, body: unknown, headers: Record<string, string> = {}): Request =>
  new Request(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const get = (url: string, token: string, init: RequestInit = {}): Request =>
  new Request(url, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });

const B = 'http://127.0.0.1:4010/v1';

/** What is asked, the status both must answer (undefined: not the API, passed on), and the request. */
const REQUESTS: [string, number | undefined, Make][] = [
  ['list events', 200, (t) => get(`${B}/events?limit=3`, t)],
  ['second page', 200, (t) => get(`${B}/events?limit=3&cursor=eyJ2IjoxLCJvIjozfQ`, t)],
  ['an event', 200, (t) => get(`${B}/events/evt_open`, t)],
  ['calendar file', 200, (t) => get(`${B}/events/evt_open/calendar.ics`, t)],
  ['unknown event', 404, (t) => get(`${B}/events/evt_nope`, t)],
  ['escaped id', 200, (t) => get(`${B}/events/evt%5Fopen`, t)],
  ['near search', 200, (t) => get(`${B}/service-points?near=31.188,121.437&limit=5`, t)],
  ['HEAD like GET', 200, (t) => get(`${B}/events?limit=1`, t, { method: 'HEAD' })],
  ['register', 201, (t) => json('POST', `${B}/events/evt_open/registrations`, t, {}, { 'Idempotency-Key': 'k-1' })],
  ['register replayed', 201, (t) => json('POST', `${B}/events/evt_open/registrations`, t, {}, { 'Idempotency-Key': 'k-1' })],
  ['register again', 409, (t) => json('POST', `${B}/events/evt_open/registrations`, t, {})],
  ['bad query', 422, (t) => get(`${B}/events?limit=0&colour=red`, t)],
  ['no token', 401, () => new Request(`${B}/events`)],
  ['secret key on a widget route', 403, () => get(`${B}/events`, SK)],
  ['405 on a route', 405, (t) => get(`${B}/events`, t, { method: 'DELETE' })],
  ['405 for HEAD on a POST route', 405, (t) => get(`${B}/widget-sessions`, t, { method: 'HEAD' })],
  ['404 under the base', 404, (t) => get(`${B}/nowhere/at/all`, t)],
  ['404 for a wrong case', 404, (t) => get(`${B}/Events`, t)],
  ['404 for the base itself', 404, (t) => get(B, t)],
  ['preflight', 204, () => new Request(`${B}/events`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173' } })],
  ['preflight from a foreign origin', 403, () => new Request(`${B}/events`, { method: 'OPTIONS', headers: { Origin: 'https://evil.test' } })],
  ['OPTIONS without an origin', 204, () => new Request(`${B}/nowhere`, { method: 'OPTIONS' })],
  ['CORS on an answer', 200, (t) => get(`${B}/events?limit=1`, t, { headers: { Origin: 'http://localhost:5173' } })],
  ['a scenario', 500, (t) => get(`${B}/events`, t, { headers: { 'UnionKit-Sandbox-Scenario': 'server_error' } })],
  ['not the API', undefined, (t) => get('http://127.0.0.1:4010/elsewhere/v1/events', t)],
];

test('the route table answers every kind of request exactly as the msw handlers do', async (t) => {
  // Two sandboxes with the same seed and frozen clock: the same requests get the same ids and answers.
  const viaMsw = createSandbox({ now: TEST_NOW });
  const viaTable = createSandbox({ now: TEST_NOW });
  t.after(() => {
    viaMsw.dispose();
    viaTable.dispose();
  });
  const rt = runtimeOf(viaTable);
  assert.ok(canDispatch(rt));
  const mint = (): Request => json('POST', `${B}/widget-sessions`, SK, { workerRef: 'same-rider', components: ['events', 'service_map'] });
  const first = (await read(await getResponse(viaMsw.handlers, mint())))!;
  const second = (await tableAnswer(rt, mint()))!;
  assert.equal(first.status, 201);
  // Tokens come from a CSPRNG: each sandbox uses its own, everything else must match.
  const tokenA = (JSON.parse(first.body) as { clientToken: string }).clientToken;
  const tokenB = (JSON.parse(second.body) as { clientToken: string }).clientToken;
  assert.deepEqual({ ...second, body: second.body.replace(tokenB, tokenA) }, first);

  for (const [what, status, make] of REQUESTS) {
    const expected = await read(await getResponse(viaMsw.handlers, make(tokenA)));
    const actual = await tableAnswer(rt, make(tokenB));
    assert.equal(expected?.status, status, what);
    assert.deepEqual(actual, expected, what);
  }
});

test('a malformed percent-escape in the path throws URIError, as msw does (the node server answers 404)', async (t) => {
  const sandbox = createSandbox({ now: TEST_NOW });
  t.after(() => sandbox.dispose());
  for (const url of [`${B}/events/%E0%A4%A`, `${B}/nowhere%ZZ`]) {
    await assert.rejects(getResponse(sandbox.handlers, new Request(url)), URIError, `msw: ${url}`);
    await assert.rejects(dispatch(runtimeOf(sandbox), new Request(url)), URIError, `table: ${url}`);
  }
});

test('a sandbox whose base URL names an origin is left to msw (which compares the origin)', (t) => {
  const sandbox = createSandbox({ now: TEST_NOW, baseUrl: 'http://localhost:4010/v1' });
  t.after(() => sandbox.dispose());
  assert.equal(canDispatch(runtimeOf(sandbox)), false);
});
