// The signal that says a client went away costs an AbortController and a listener on the socket: the
// node adapter makes it only when a held request (`timeout`, `slow:<ms>`) asks for it
// (src/http/request-signal.ts), never for an ordinary request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../src/http/dispatch.js';
import { setAbortSource } from '../src/http/request-signal.js';
import { createSandbox, runtimeOf } from '../src/sandbox.js';
import { SK, TEST_NOW } from './support/harness.js';

function request(scenario?: string): { request: Request; asked: () => number } {
  let asked = 0;
  const req = new Request('http://127.0.0.1:4010/v1/partner/allowed-origins', {
    headers: { authorization: `Bearer ${SK}`, ...(scenario ? { 'unionkit-sandbox-scenario': scenario } : {}) },
  });
  setAbortSource(req, () => {
    asked++;
    return new AbortController().signal;
  });
  return { request: req, asked: () => asked };
}

test('an ordinary request never makes the client-gone signal; a held one does', async (t) => {
  const sandbox = createSandbox({ now: TEST_NOW, rateLimit: { limit: 0 }, timeoutScenarioMs: 10 });
  t.after(() => sandbox.dispose());
  const rt = runtimeOf(sandbox);

  const plain = request();
  assert.equal((await dispatch(rt, plain.request))?.status, 200);
  assert.equal(plain.asked(), 0);

  const failing = request('server_error');
  assert.equal((await dispatch(rt, failing.request))?.status, 500);

  const held = request('timeout');
  assert.equal((await dispatch(rt, held.request))?.status, 504);
  assert.equal(held.asked(), 1);
});
