// No log line of the sandbox holds a token or key, and a flood of errors cannot flood the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SK, startHarness } from './support/harness.js';

/** A credential, or a Bearer / Authorization value that is not `[redacted]`. */
const SECRET = /\b(sk|wst|whsec)_[A-Za-z0-9]|bearer\s+(?!\[redacted\])\S|authorization['"]?\s*[:=]\s*['"]?(?!\[redacted\]|bearer\b)\S/i;

test('an unexpected error is logged without the credentials it carried', async (t) => {
  const lines: string[] = [];
  const consoleLines: string[] = [];
  for (const name of ['error', 'warn', 'log', 'info'] as const) {
    t.mock.method(console, name, (...args: unknown[]) => consoleLines.push(args.map((a) => (a instanceof Error ? `${a.stack} ${String(a.cause)}` : String(a))).join(' ')));
  }
  const h = await startHarness(t, { log: (line: string) => lines.push(line) });
  const token = await h.session();
  const store = h.server.sandbox.store;
  store.sessionByToken = (credential: string) => {
    throw new Error(`lookup failed for ${credential} (authorization: Bearer ${credential}, key ${SK}, secret whsec_test_demo_delivery)`, {
      cause: { headers: { authorization: `Bearer ${credential}` } },
    });
  };
  const res = await h.call('GET', '/events', { token });
  assert.equal(res.status, 500);
  assert.equal(res.body.code, 'server_error');
  assert.doesNotMatch(res.text, SECRET, 'nor in the answer');
  const all = [...lines, ...consoleLines];
  assert.ok(all.length >= 1, 'the error is logged');
  for (const line of all) assert.doesNotMatch(line, SECRET, line);
});

test('a flood of failing requests logs a bounded number of lines', async (t) => {
  const lines: string[] = [];
  const h = await startHarness(t, { log: (line: string) => lines.push(line), rateLimit: { limit: 0 } });
  const token = await h.session();
  h.server.sandbox.store.sessionByToken = () => {
    throw new Error('boom');
  };
  for (let i = 0; i < 150; i++) assert.equal((await h.call('GET', '/events?limit=1', { token })).status, 500);
  assert.ok(lines.length >= 1 && lines.length <= 60, `${lines.length} lines`);
});
