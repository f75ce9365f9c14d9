// What grants access cannot be guessed or outlive a reset; guessing is rate-limited per client
// address; limits count per partner and per worker, not per credential.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { createSandbox } from '../src/index.js';
import { SK, startHarness, TEST_NOW } from './support/harness.js';

async function mint(sandbox: ReturnType<typeof createSandbox>, workerRef: string): Promise<string> {
  const res = await getResponse(
    sandbox.handlers,
    new Request('http://x.test/v1/widget-sessions', {
      method: 'POST',
      headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ workerRef, components: ['events'] }),
    }),
  );
  assert.equal(res?.status, 201);
  return ((await res!.json()) as { clientToken: string }).clientToken;
}

test('client tokens come from a CSPRNG: two sandboxes with the same seed issue different first tokens', async (t) => {
  const a = createSandbox({ now: TEST_NOW, seed: 7 });
  const b = createSandbox({ now: TEST_NOW, seed: 7 });
  t.after(() => (a.dispose(), b.dispose()));
  const ta = await mint(a, 'w');
  const tb = await mint(b, 'w');
  assert.notEqual(ta, tb);
  for (const token of [ta, tb]) assert.match(token, /^wst_[A-Za-z0-9]{32,}$/);
  // seeded data stays seeded
  assert.deepEqual(a.store.events.map((e) => e.id), b.store.events.map((e) => e.id));
});

test('a webhook secret of a partner without a fixed one comes from a CSPRNG too', async (t) => {
  const secrets: string[] = [];
  for (let i = 0; i < 2; i++) {
    const sandbox = createSandbox({ now: TEST_NOW, seed: 7 });
    t.after(() => sandbox.dispose());
    const partner = sandbox.store.partners.get('demo-delivery')!;
    partner.webhookSecret = null;
    const res = await getResponse(
      sandbox.handlers,
      new Request('http://x.test/v1/webhook-endpoints', {
        method: 'POST',
        headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: 'http://127.0.0.1:9/hooks', events: ['member.status_changed'] }),
      }),
    );
    assert.equal(res?.status, 201);
    secrets.push(((await res!.json()) as { secret: string }).secret);
  }
  assert.notEqual(secrets[0], secrets[1]);
  for (const s of secrets) assert.match(s, /^whsec_[A-Za-z0-9]{32,}$/);
});

test('POST /sandbox/reset revokes every earlier token: an old page never acts as another worker', async (t) => {
  const h = await startHarness(t);
  const old = await h.session({ workerRef: 'alice' });
  await h.call('POST', '/events/evt_open/registrations', { token: old, body: {} });
  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK })).status, 204);
  const bob = await h.session({ workerRef: 'bob' });
  assert.notEqual(bob, old);
  const res = await h.call('GET', '/event-registrations', { token: old });
  assert.equal(res.status, 401);
  assert.equal(res.body.code, 'unauthenticated');
  // bob's own token works and sees only bob's (nothing)
  assert.deepEqual((await h.call('GET', '/event-registrations', { token: bob })).body.data, []);
});

test('failed authentication is rate-limited per client address: 429 with Retry-After, then the window resets', async (t) => {
  const h = await startHarness(t, { rateLimit: { authFailureLimit: 5 } });
  const good = await h.session();
  for (let i = 0; i < 5; i++) {
    const res = await h.call('GET', '/events', { token: `wst_guess${i}` });
    assert.equal(res.status, 401);
  }
  const limited = await h.call('GET', '/events', { token: 'wst_guess5' });
  assert.equal(limited.status, 429);
  assert.equal(limited.body.code, 'rate_limited');
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  // while blocked, no guess is checked at all: a right one is refused the same way, so it reveals nothing
  assert.equal((await h.call('GET', '/events?limit=1', { token: good })).status, 429);
  assert.equal((await h.call('GET', '/events?limit=1', { token: SK })).status, 429);
  h.server.sandbox.store.clock.advance(60_000);
  assert.equal((await h.call('GET', '/events?limit=1', { token: good })).status, 200);
});

test('guessing is not free by default: a burst of made-up tokens meets 429', async (t) => {
  const h = await startHarness(t);
  const statuses = new Set<number>();
  for (let i = 0; i < 60; i++) statuses.add((await h.call('GET', '/events', { token: `wst_${i.toString(16).padStart(32, '0')}` })).status);
  assert.ok(statuses.has(429), `statuses: ${[...statuses].join(', ')}`);
});

test('limits count per worker, not per token: fresh tokens for the same worker add no quota', async (t) => {
  const h = await startHarness(t, { rateLimit: { limit: 5, windowMs: 60_000 } });
  const tokens = [await h.session({ workerRef: 'w' }), await h.session({ workerRef: 'w' }), await h.session({ workerRef: 'w' })];
  let used = 0;
  for (const token of tokens.slice(0, 2)) {
    for (let i = 0; i < (token === tokens[0] ? 3 : 2); i++) {
      assert.equal((await h.call('GET', '/events?limit=1', { token })).status, 200);
      used++;
    }
  }
  assert.equal(used, 5);
  const third = await h.call('GET', '/events?limit=1', { token: tokens[2] });
  assert.equal(third.status, 429, 'the third token of the same worker shares the window');
  assert.equal(third.body.code, 'rate_limited');
  // another worker has its own window; the partner's secret-key calls have theirs (3 mints used of 5)
  assert.equal((await h.call('GET', '/events?limit=1', { token: await h.session({ workerRef: 'other' }) })).status, 200);
  assert.equal((await h.call('GET', '/webhook-endpoints', { token: SK })).headers.get('ratelimit-remaining'), '0');
  assert.equal((await h.call('GET', '/webhook-endpoints', { token: SK })).status, 429);
});

test('rateLimit.limit 0 turns the request limits off', async (t) => {
  const h = await startHarness(t, { rateLimit: { limit: 0 } });
  const token = await h.session();
  for (let i = 0; i < 20; i++) assert.equal((await h.call('GET', '/events?limit=1', { token })).status, 200);
});

test('the CLI takes --rate-limit <requests per minute> (0: off) and refuses a bad value', async () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const run = (args: string[]) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, output: () => out, exited };
  };
  const bad = run(['--port', '0', '--rate-limit', 'lots']);
  assert.equal(await bad.exited, 2);
  assert.match(bad.output(), /rate-limit/);

  const cli2 = run(['--port', '0', '--rate-limit', '2']);
  const deadline = Date.now() + 20_000;
  while (!/curl -s -X POST/.test(cli2.output()) && Date.now() < deadline && cli2.child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(cli2.output())?.[1];
  try {
    assert.ok(url, cli2.output());
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${url}/v1/webhook-endpoints`, { headers: { Authorization: `Bearer ${SK}` } })).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  } finally {
    cli2.child.kill('SIGTERM');
    await cli2.exited;
  }
});
