// The node server under oversized bodies and slow or vanishing clients: 413 at every size, clean
// connections for the next request, timeouts and a connection cap, one quiet line for a dropped upload.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { raw, SK, startHarness } from './support/harness.js';
import type { MockServer } from '../src/node.js';

const MiB = 1024 * 1024;

function keepAliveAgent(t: TestContext): Agent {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.after(() => agent.destroy());
  return agent;
}

function assert413(res: { status: number; body: any; headers: Record<string, unknown> }, where: string): void {
  assert.equal(res.status, 413, where);
  assert.equal(res.body?.code, 'payload_too_large', where);
  assert.equal(res.body?.type, 'urn:unionkit:problem:payload_too_large', where);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, where);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', where);
}

/** A socket to the server; destroyed after the test. */
async function socketTo(t: TestContext, server: MockServer): Promise<Socket> {
  const socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.resume(); // read what the server says, so its closing is seen
  t.after(() => socket.destroy());
  await once(socket, 'connect');
  return socket;
}

test('a body over 1 MiB is 413 payload_too_large at every size, and the next request on the same keep-alive agent works', async (t) => {
  const h = await startHarness(t);
  const agent = keepAliveAgent(t);
  const headers = { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' };
  for (const size of [MiB + 1, 5 * MiB, 50 * MiB]) {
    const body = Buffer.alloc(size, 0x20);
    const res = await raw(h.server, { method: 'POST', path: '/v1/widget-sessions', headers, body, agent });
    assert413(res, `${size} bytes`);
    const next = await raw(h.server, { path: '/healthz', agent });
    assert.equal(next.status, 200, `the request after ${size} bytes`);
  }
  // just at the limit is read and judged on its content
  const atLimit = await raw(h.server, { method: 'POST', path: '/v1/widget-sessions', headers, body: Buffer.alloc(MiB, 0x20), agent });
  assert.equal(atLimit.status, 400);
  assert.equal(atLimit.body.code, 'invalid_json');
});

test('a body sent with a method that takes none is left unread: the request is answered as without it', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const agent = keepAliveAgent(t);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Length': 2 * MiB };
  const get = await raw(h.server, { path: '/v1/events?limit=1', headers, body: Buffer.alloc(2 * MiB, 0x20), agent });
  assert.equal(get.status, 200);
  assert.equal((await raw(h.server, { path: '/healthz', agent })).status, 200);
  const del = await raw(h.server, { method: 'DELETE', path: '/v1/webhook-endpoints/whe_none', headers: { Authorization: `Bearer ${SK}`, 'Content-Length': 2 * MiB }, body: Buffer.alloc(2 * MiB, 0x20), agent });
  assert.equal(del.status, 404, 'answered as a DELETE, not refused for its body');
  assert.equal((await raw(h.server, { path: '/healthz', agent })).status, 200);
});

test('a chunked body over the limit is 413 too, and the connection stays usable for the client', async (t) => {
  const h = await startHarness(t);
  const agent = keepAliveAgent(t);
  const headers = { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' };
  for (const size of [MiB + 1, 3 * MiB]) {
    const res = await raw(h.server, { method: 'POST', path: '/v1/widget-sessions', headers, body: Buffer.alloc(size, 0x20), chunked: 64 * 1024, agent });
    assert413(res, `chunked ${size}`);
    assert.equal((await raw(h.server, { path: '/healthz', agent })).status, 200);
  }
  // fetch (undici) sees the 413 too, not a network error
  const viaFetch = await fetch(`${h.server.url}/v1/widget-sessions`, { method: 'POST', headers, body: Buffer.alloc(2 * MiB, 0x20) });
  assert.equal(viaFetch.status, 413);
  assert.equal(((await viaFetch.json()) as { code: string }).code, 'payload_too_large');
});

test('Expect: 100-continue with a declared body over the limit: 413 without asking for the body', async (t) => {
  const h = await startHarness(t);
  const agent = keepAliveAgent(t);
  const res = await new Promise<{ status: number; continued: boolean; body: any; headers: Record<string, unknown> }>((resolve, reject) => {
    let continued = false;
    const req = httpRequest({
      host: '127.0.0.1',
      port: h.server.port,
      method: 'POST',
      path: '/v1/widget-sessions',
      agent,
      headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json', 'Content-Length': 5 * MiB, Expect: '100-continue' },
    });
    req.on('continue', () => {
      continued = true;
      req.end(Buffer.alloc(5 * MiB, 0x20));
    });
    req.on('response', (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => {
        if (!continued) req.destroy();
        resolve({ status: r.statusCode ?? 0, continued, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), headers: r.headers });
      });
    });
    req.on('error', (e) => (continued ? reject(e) : undefined));
    req.flushHeaders();
  });
  assert413(res, 'expect 100-continue');
  assert.equal(res.continued, false, 'the body was never asked for');
  assert.equal((await raw(h.server, { path: '/healthz', agent })).status, 200);
  // a body within the limit is asked for and handled
  const small = await new Promise<number>((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port: h.server.port,
      method: 'POST',
      path: '/v1/widget-sessions',
      headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json', Expect: '100-continue', 'Content-Length': 46 },
    });
    req.on('continue', () => req.end('{"workerRef":"cont","components":["events"]}  '));
    req.on('response', (r) => (r.resume(), resolve(r.statusCode ?? 0)));
    req.on('error', reject);
    req.flushHeaders();
  });
  assert.equal(small, 201);
});

test('a flood of oversized bodies leaves other clients unaffected', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const big = Buffer.alloc(2 * MiB, 0x20);
  const flood = Array.from({ length: 12 }, () =>
    raw(h.server, { method: 'POST', path: '/v1/sms-verifications', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: big }),
  );
  const normal: number[] = [];
  for (let i = 0; i < 10; i++) normal.push((await h.call('GET', '/events?limit=1', { token })).status);
  for (const res of await Promise.all(flood)) assert413(res, 'flood');
  assert.deepEqual(normal, Array(10).fill(200));
});

test('slow headers and slow bodies are cut off by the timeouts; /healthz and other clients carry on meanwhile', { timeout: 15_000 }, async (t) => {
  const h = await startHarness(t, { headersTimeoutMs: 300, requestTimeoutMs: 600 });
  const token = await h.session();
  const slowHeaders: Socket[] = [];
  for (let i = 0; i < 20; i++) {
    const s = await socketTo(t, h.server);
    s.write('GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    slowHeaders.push(s);
  }
  const slowBody = await socketTo(t, h.server);
  slowBody.write(`POST /v1/sms-verifications HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
  const drip = setInterval(() => slowBody.writable && slowBody.write(' '), 50);
  t.after(() => clearInterval(drip));
  let answer = '';
  slowBody.on('data', (c: Buffer) => (answer += c.toString('utf8')));

  assert.equal((await h.call('GET', '/healthz')).status, 200, 'health answers while slow sockets are open');
  assert.equal((await h.call('GET', '/events?limit=1', { token })).status, 200, 'a normal client is served');

  await Promise.all([...slowHeaders, slowBody].map((s) => (s.destroyed ? undefined : once(s, 'close'))));
  clearInterval(drip);
  assert.match(answer, /^HTTP\/1\.1 408 /, 'the slow body is told it timed out');
  assert.equal((await h.call('GET', '/healthz')).status, 200);
});

test('the connection cap holds; new clients still get in when slow sockets fill it', { timeout: 15_000 }, async (t) => {
  const h = await startHarness(t, { maxConnections: 4 });
  for (let i = 0; i < 10; i++) (await socketTo(t, h.server)).write('GET /v1/events HTTP/1.1\r\n');
  await new Promise((r) => setImmediate(r));
  const health = await raw(h.server, { path: '/healthz' });
  assert.equal(health.status, 200);
  const open = await h.server.connections();
  assert.ok(open <= 4, `${open} connections open`);
});

test('a client that disconnects mid-upload leaves at most one log line and no stack trace', async (t) => {
  const lines: string[] = [];
  const errors: unknown[][] = [];
  t.mock.method(console, 'error', (...args: unknown[]) => errors.push(args));
  t.mock.method(console, 'warn', (...args: unknown[]) => errors.push(args));
  const h = await startHarness(t, { log: (line: string) => lines.push(line) });
  const token = await h.session();
  const s = await socketTo(t, h.server);
  s.write(`POST /v1/sms-verifications HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"mobile":`);
  await new Promise((r) => setTimeout(r, 50));
  s.destroy();
  await once(s, 'close');
  // the server has noticed once it answers the next request
  assert.equal((await h.call('GET', '/healthz')).status, 200);
  await new Promise((r) => setTimeout(r, 50));
  const all = [...lines, ...errors.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '))];
  assert.ok(all.length <= 1, all.join('\n---\n'));
  for (const line of all) {
    assert.doesNotMatch(line, /\n\s+at /, 'no stack trace');
    assert.doesNotMatch(line, /wst_|Bearer/i);
  }
});

test('a request node cannot parse (malformed, headers over 16 KB) is still a problem with a code and a Request-Id', async (t) => {
  const h = await startHarness(t);
  const cases: [string, number, string][] = [
    ['GARBAGE\r\n\r\n', 400, 'validation_failed'],
    [`GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'payload_too_large'],
  ];
  for (const [request, status, code] of cases) {
    const socket = await socketTo(t, h.server);
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString('utf8')));
    socket.write(request);
    await once(socket, 'close');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    assert.match(head, new RegExp(`^HTTP/1\\.1 ${status} `), code);
    assert.match(head, /\r\ncontent-type: application\/problem\+json/i, code);
    assert.match(head, /\r\nx-content-type-options: nosniff/i, code);
    const requestId = /\r\nrequest-id: (\S+)/i.exec(head)?.[1];
    const problem = JSON.parse(body);
    assert.equal(problem.status, status);
    assert.equal(problem.code, code);
    assert.equal(problem.type, `urn:unionkit:problem:${code}`);
    assert.equal(problem.requestId, requestId, 'the body names the Request-Id the header carries');
  }
  assert.equal((await h.call('GET', '/healthz')).status, 200, 'the server carries on');
});
