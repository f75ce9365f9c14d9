// 1,000 creates and 200 actions through a proxy that loses answers AFTER the sandbox acted: it forwards
// each request, waits for the sandbox's complete answer, and for a seeded random share of them throws
// that answer away (resets the connection, or answers 502 / 504 itself). The SDK retries with the
// call's idempotency key and the sandbox replays its first answer, so there are no duplicates (one
// object per logical create, counted through the list endpoints) and no false failures (every call
// resolves, with the state its first attempt made).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient, type Consent, type JobApplication } from '@unionkit/sdk';
import { createRandom } from '../../mock-server/src/seed/random.js';

const SEED = 0x5eed_2026;
const WORKERS = 50;
const APPLICATIONS_PER_WORKER = 19; // 50 sessions + 50 × 19 applications = 1,000 creates
const LOSS_RATE = 0.2;
/** Answers lost in a row for one call at most, so `maxRetries` always suffices. */
const MAX_LOSSES_PER_CALL = 3;
const CONCURRENCY = 16;
const CONSENT = [{ purpose: 'job_application_sharing' as const, noticeVersion: '2026-11' }];

type Sandbox = Awaited<ReturnType<typeof startMockServer>>;
let sandbox: Sandbox;
let proxy: Server;
let proxyUrl: string;
const stats = { forwarded: 0, reset: 0, badGateway: 0, gatewayTimeout: 0, replayed: 0, proxyErrors: 0 };

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);
function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
  return out;
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };
/** Keep-alive to the sandbox; idle connections are dropped well before the server would close them. */
const upstreamAgent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2, timeout: 1_000 });

/**
 * Sends the request on to the sandbox and reads the whole answer. A kept-alive connection that the
 * server closed while idle fails before the request reached it (Node's `reusedSocket`): that one
 * request is sent again on a fresh connection, as Node's documentation advises.
 */
function forward(target: URL, req: IncomingMessage, body: Buffer, agent: Agent | false = upstreamAgent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, agent, headers: { ...endToEnd(req.headers), 'content-length': String(body.length) } },
      (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (part: Buffer) => parts.push(part));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(parts) }));
        answer.on('error', reject);
      },
    );
    out.on('error', (err: NodeJS.ErrnoException) => {
      if (out.reusedSocket && err.code === 'ECONNRESET' && agent !== false) forward(target, req, body, false).then(resolve, reject);
      else reject(err);
    });
    out.end(body);
  });
}

function startProxy(target: URL): Promise<void> {
  const random = createRandom(SEED);
  const losses = new Map<string, number>();
  proxy = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Counted, and failed by the test: the proxy itself must not be what loses answers.
      stats.proxyErrors++;
      res.destroy();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    // The whole answer of the sandbox first: whatever happens next, the sandbox has acted.
    const upstream = await forward(target, req, Buffer.concat(chunks));
    stats.forwarded++;
    if (upstream.headers['idempotent-replayed'] === 'true') stats.replayed++;

    const key = req.headers['idempotency-key'];
    const lost = typeof key === 'string' ? (losses.get(key) ?? 0) : MAX_LOSSES_PER_CALL;
    if (lost < MAX_LOSSES_PER_CALL && random.chance(LOSS_RATE)) {
      losses.set(key as string, lost + 1);
      const how = random.next();
      if (how < 0.5) {
        stats.reset++;
        req.socket.destroy();
      } else {
        const status = how < 0.75 ? 502 : 504;
        if (status === 502) stats.badGateway++;
        else stats.gatewayTimeout++;
        res.writeHead(status, { 'content-type': 'text/plain' }).end('the proxy lost the answer');
      }
      return;
    }
    res.writeHead(upstream.status, { ...endToEnd(upstream.headers), 'content-length': String(upstream.body.length) }).end(upstream.body);
  }
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
}

/** Runs `tasks` with at most `limit` at once; resolves to every result (or throws the first error). */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

before(async () => {
  sandbox = await startMockServer({ port: 0, rateLimit: { limit: 0, authFailureLimit: 0 } });
  await startProxy(new URL(sandbox.url));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/v1`;
});

after(async () => {
  upstreamAgent.destroy();
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await sandbox.close();
});

test('1,000 creates and 200 actions through lost answers: no duplicates, no false failures', async () => {
  const direct = `${sandbox.url}/v1`;
  const through = (token: string) => new UnionClient({ baseUrl: proxyUrl, token, maxRetries: MAX_LOSSES_PER_CALL + 1, retryDelay: () => 1 });
  const partner = through('sk_test_demo_delivery');

  // 50 creates: one widget session per worker.
  const runRef = `fault-${SEED.toString(16)}`;
  const sessions = await pool(
    Array.from({ length: WORKERS }, (_, w) => () => partner.widgetSessions.create({ workerRef: `${runRef}-${w}`, components: ['jobs'] })),
    CONCURRENCY,
  );
  const minted = [...sandbox.sandbox.store.sessions.values()].filter((s) => s.workerRef.startsWith(`${runRef}-`));
  assert.equal(minted.length, WORKERS, 'one session per logical create');

  // Open postings to apply to, read straight from the sandbox.
  const reader = new UnionClient({ baseUrl: direct, token: sessions[0]!.clientToken });
  const now = sandbox.sandbox.store.now().getTime();
  const open: string[] = [];
  for await (const job of reader.jobs.list({ limit: 100 })) {
    if (Date.parse(job.expiresAt) > now) open.push(job.id);
    if (open.length === APPLICATIONS_PER_WORKER) break;
  }
  assert.equal(open.length, APPLICATIONS_PER_WORKER);

  // 950 creates: every worker applies to every one of those postings.
  const workers = sessions.map((s) => ({ client: through(s.clientToken), reader: new UnionClient({ baseUrl: direct, token: s.clientToken }) }));
  const applications = await pool(
    workers.flatMap(({ client }) => open.map((jobId) => () => client.jobs.apply(jobId, { consents: CONSENT }))),
    CONCURRENCY,
  );
  assert.equal(applications.length, WORKERS * APPLICATIONS_PER_WORKER);
  assert.ok(applications.every((a) => a.status === 'submitted'), 'every create answered as the first attempt did');

  const held = await Promise.all(workers.map(async ({ reader }) => { const all: JobApplication[] = []; for await (const a of reader.jobs.listApplications({ limit: 100 })) all.push(a); return all; }));
  for (const [w, list] of held.entries()) {
    assert.equal(list.length, APPLICATIONS_PER_WORKER, `worker ${w}: one application per logical create`);
    assert.deepEqual(new Set(list.map((a) => a.jobPostingId)), new Set(open));
  }
  assert.deepEqual(
    new Set(applications.map((a) => a.id)),
    new Set(held.flat().map((a) => a.id)),
    'the ids the SDK returned are the ids the sandbox holds',
  );

  // 100 actions: workers 0–9 withdraw ten applications each.
  const toWithdraw = workers.slice(0, 10).flatMap(({ client }, w) => held[w]!.slice(0, 10).map((a) => () => client.jobs.withdrawApplication(a.id)));
  const withdrawn = await pool(toWithdraw, CONCURRENCY);
  assert.ok(withdrawn.every((a) => a.status === 'withdrawn'), 'no false 409 invalid_state');

  // 100 actions: workers 10–19 withdraw ten consents each.
  const consents = await Promise.all(workers.slice(10, 20).map(async ({ reader }) => (await reader.consents.list({ limit: 100 })).data.slice(0, 10)));
  const revoked = await pool(
    workers.slice(10, 20).flatMap(({ client }, i) => consents[i]!.map((c: Consent) => () => client.consents.withdraw(c.id))),
    CONCURRENCY,
  );
  assert.equal(withdrawn.length + revoked.length, 200);
  assert.ok(revoked.every((c) => c.withdrawnAt !== null), 'no false 409 consent_already_withdrawn');

  // What the actions returned is what the sandbox holds.
  const after = new Map<string, string>();
  for (const { reader } of workers.slice(0, 10)) for await (const a of reader.jobs.listApplications({ limit: 100 })) after.set(a.id, `${a.status} ${a.updatedAt}`);
  for (const a of withdrawn) assert.equal(after.get(a.id), `${a.status} ${a.updatedAt}`);
  const stored = new Map<string, string | null>();
  for (const { reader } of workers.slice(10, 20)) for await (const c of reader.consents.list({ limit: 100 })) stored.set(c.id, c.withdrawnAt);
  for (const c of revoked) assert.equal(stored.get(c.id), c.withdrawnAt);

  // The faults really happened, and the sandbox really replayed.
  const lost = stats.reset + stats.badGateway + stats.gatewayTimeout;
  assert.equal(stats.proxyErrors, 0, JSON.stringify(stats));
  assert.ok(lost >= 150 && stats.reset > 40 && stats.badGateway > 15 && stats.gatewayTimeout > 15, JSON.stringify(stats));
  assert.equal(stats.replayed, lost, `every lost answer was replayed on the retry: ${JSON.stringify(stats)}`);
});
