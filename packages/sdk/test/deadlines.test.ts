// Attempt timeouts on the platform's own fetch (src/core/deadlines.ts): one timer per timeout length
// and abort controllers reused by later attempts. A reused controller must never stop any attempt
// but the one running under it, and one that was aborted (a timeout, the caller's abort) is never
// handed out again. Real sockets on loopback; each test starts its own server.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortError, TimeoutError, UnionClient } from '@unionkit/sdk';
import { deadline } from '../src/core/deadlines.js';
import { job } from './support/fixtures.js';

/** `/v1/job-postings/job_hang` never answers; `…/job_slow` answers after 150 ms; any other job at once. */
async function server(t: TestContext): Promise<{ client: UnionClient; closed: () => number }> {
  let closedEarly = 0;
  const srv = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(job(1)));
    };
    res.on('close', () => {
      if (!res.writableFinished) closedEarly++;
    });
    if (req.url === '/v1/job-postings/job_hang') return;
    if (req.url === '/v1/job-postings/job_slow') setTimeout(send, 150);
    else send();
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    srv.closeAllConnections();
    srv.close();
  });
  const { port } = srv.address() as AddressInfo;
  const client = new UnionClient({ baseUrl: `http://127.0.0.1:${port}/v1`, token: 'wst_test_session', maxRetries: 0, retryDelay: () => 0 });
  return { client, closed: () => closedEarly };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

test('after many calls under reused signals, a timeout stops only the attempt that ran out, on the wire too', async (t) => {
  const { client, closed } = await server(t);
  // More calls than a controller serves, so they run under reused and fresh ones alike.
  for (let i = 0; i < 40; i++) assert.equal((await client.jobs.retrieve('job_1', { timeoutMs: 5_000 })).id, job(1).id);

  const slow = client.jobs.retrieve('job_slow', { timeoutMs: 5_000 });
  const hung = client.jobs.retrieve('job_hang', { timeoutMs: 60 }).catch((e: unknown) => e);
  const fast = await Promise.all(Array.from({ length: 5 }, () => client.jobs.retrieve('job_1', { timeoutMs: 60 })));
  assert.equal(fast.length, 5);
  assert.ok((await hung) instanceof TimeoutError, 'the hanging call times out');
  assert.equal((await slow).id, job(1).id, 'a call still running when another timed out is not stopped');
  await until(() => closed() === 1);
  assert.equal(closed(), 1, 'the server saw the timed-out request go away, and only that one');

  // Whatever served the calls before still serves the next ones.
  for (let i = 0; i < 20; i++) assert.equal((await client.jobs.retrieve('job_1', { timeoutMs: 60 })).id, job(1).id);
});

test('after the caller aborts one call, the next calls are not born aborted', async (t) => {
  const { client } = await server(t);
  for (let i = 0; i < 3; i++) await client.jobs.retrieve('job_1');
  const controller = new AbortController();
  const pending = client.jobs.retrieve('job_hang', { signal: controller.signal }).catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 20);
  assert.ok((await pending) instanceof AbortError);
  for (let i = 0; i < 20; i++) assert.equal((await client.jobs.retrieve('job_1')).id, job(1).id);
});

test('a deadline aborts with the TimeoutError AbortSignal.timeout gives; one that ended in time never aborts and is handed out again', async () => {
  // The deadline's timer keeps no process alive; this test's own timer does.
  const alive = setTimeout(() => undefined, 5_000);
  const late = deadline(20);
  await new Promise((resolve) => late.signal.addEventListener('abort', resolve, { once: true }));
  assert.equal((late.signal.reason as DOMException).name, 'TimeoutError');
  late.done();

  const timely = deadline(20);
  timely.done();
  const next = deadline(20);
  assert.equal(next.signal, timely.signal, 'the signal of an attempt that ended in time serves the next one');
  assert.notEqual(next.signal, late.signal, 'an aborted signal is never handed out again');
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.equal(next.signal.aborted, true, 'the next attempt has its own deadline');
  next.done();

  const stopped = deadline(10_000);
  stopped.abort(new Error('caller'));
  stopped.done();
  const after = deadline(10_000);
  assert.notEqual(after.signal, stopped.signal);
  assert.equal(after.signal.aborted, false);
  after.done();
  clearTimeout(alive);
});
