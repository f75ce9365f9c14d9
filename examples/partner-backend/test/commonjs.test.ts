// The plain-CommonJS back end (commonjs/server.cjs, run by `node` as it is, require(esm)) does what the
// guides promise a platform's server: mints a session without handing out the secret key, accepts only
// correctly signed webhooks, and after downtime gets the events it missed redelivered, each once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { signPayload } from '@unionkit/sdk/server';
import { joinAndApprove } from './support/member.js';

const SECRET_KEY = 'sk_test_demo_delivery';
let sandbox: Awaited<ReturnType<typeof startMockServer>>;
let partner: UnionClient;
let server: ChildProcess | undefined;
let port: number;
let webhookSecret: string;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });

/** Starts commonjs/server.cjs with its configuration in the environment; resolves once it listens. */
function startServer(): Promise<void> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../commonjs/server.cjs', import.meta.url))], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      UNIONKIT_API_BASE_URL: `${sandbox.url}/v1`,
      UNIONKIT_SECRET_KEY: SECRET_KEY,
      UNIONKIT_WEBHOOK_SECRET: webhookSecret,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('partner back end (CommonJS)') && resolve());
    child.on('exit', (code) => reject(new Error(`server.cjs exited (${code}): ${stderr}`)));
  });
}

const post = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST' });

async function eventsOf(status: 'failed' | 'succeeded'): Promise<string[]> {
  const page = await partner.webhookEvents.list({ deliveryStatus: status });
  return page.data.map((e) => e.id);
}

before(async () => {
  // One try per delivery, so an event the receiver missed is `failed` at once.
  sandbox = await startMockServer({ port: 0, webhookRetry: { attempts: 1, baseDelayMs: 10 } });
  partner = new UnionClient({ baseUrl: `${sandbox.url}/v1`, token: SECRET_KEY });
  port = await freePort();
  const endpoint = await partner.webhookEndpoints.create({ url: `http://127.0.0.1:${port}/webhooks/unionkit`, events: ['member.status_changed'] });
  webhookSecret = endpoint.secret;
});

after(async () => {
  server?.kill();
  await sandbox?.close();
});

test('an event sent while the back end was down is redelivered once it is up, and recorded once', async () => {
  const worker = await partner.widgetSessions.create({ workerRef: 'rider-cjs-001', components: ['membership'] });
  await joinAndApprove(`${sandbox.url}/v1`, worker.clientToken);
  let failed: string[] = [];
  for (let i = 0; i < 200 && failed.length === 0; i++) {
    failed = await eventsOf('failed');
    if (failed.length === 0) await new Promise((r) => setTimeout(r, 25));
  }
  assert.equal(failed.length, 1, 'the approval could not be delivered: nothing was listening');

  await startServer();
  const redelivered = (await (await post('/admin/redeliver-missed')).json()) as { redelivered: string[] };
  assert.deepEqual(redelivered.redelivered, failed);
  assert.deepEqual(((await (await fetch(`http://127.0.0.1:${port}/admin/received`)).json()) as { events: string[] }).events, failed);
  assert.deepEqual(await eventsOf('failed'), [], 'nothing is missing any more');
  assert.deepEqual(((await (await post('/admin/redeliver-missed')).json()) as { redelivered: string[] }).redelivered, []);
});

test('the page gets a client token for the logged-in rider, never the secret key', async () => {
  const response = await post('/api/union/session');
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.doesNotMatch(text, /sk_test/);
  assert.match((JSON.parse(text) as { clientToken: string }).clientToken, /^wst_/);
});

test('a webhook signed with another secret is refused', async () => {
  const body = JSON.stringify({ id: 'evt_forged', type: 'member.status_changed', createdAt: '2026-11-28T10:00:00+08:00', data: {} });
  const response = await fetch(`http://127.0.0.1:${port}/webhooks/unionkit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'unionkit-signature': await signPayload('whsec_forged', body) },
    body,
  });
  assert.equal(response.status, 400);
});
