// A secret key (`sk_…`) is refused wherever a browser-like global exists: a page (`window`,
// `document`), a web worker (`self`, `WorkerGlobalScope`, `importScripts`), a simulated DOM. Server
// runtimes that define `self` themselves (Deno, Bun, Cloudflare Workers) stay servers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenError, UnionClient, UnionKitError } from '@unionkit/sdk';
import { json, scriptedFetch } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
const SECRET = 'sk_test_demo_delivery';

/** Runs `fn` with `globals` defined on globalThis, then removes them. */
function withGlobals(globals: Record<string, unknown>, fn: () => void | Promise<void>): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const before = new Map(Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]));
  for (const [k, v] of Object.entries(globals)) Object.defineProperty(g, k, { value: v, configurable: true, writable: true });
  return Promise.resolve()
    .then(fn)
    .finally(() => {
      for (const [k, d] of before) {
        if (d) Object.defineProperty(g, k, d);
        else delete g[k];
      }
    });
}

class WorkerGlobalScope {}

const BROWSER_LIKE: [string, Record<string, unknown>][] = [
  ['a page (window and document)', { window: globalThis, document: {} }],
  ['window alone', { window: globalThis }],
  ['document alone', { document: {} }],
  ['a dedicated worker (self, WorkerGlobalScope, importScripts)', { self: globalThis, WorkerGlobalScope, importScripts: () => {} }],
  ['self alone', { self: globalThis }],
  ['WorkerGlobalScope alone', { WorkerGlobalScope }],
];

for (const [name, globals] of BROWSER_LIKE) {
  test(`a secret key is refused in ${name}`, () =>
    withGlobals(globals, async () => {
      assert.throws(() => new UnionClient({ baseUrl: BASE, token: SECRET }), (err: unknown) => {
        assert.ok(err instanceof UnionKitError);
        assert.ok(err instanceof TokenError, 'a TokenError, like one from getToken');
        assert.equal(err.code, 'secret_key_in_browser', 'a code the widgets and a partner can branch on');
        assert.match(err.message, /secret key/);
        assert.match(err.message, /widget session/, 'says what to use instead');
        assert.ok(!err.message.includes(SECRET), 'the key itself is not echoed');
        return true;
      });
      assert.doesNotThrow(() => new UnionClient({ baseUrl: BASE, token: 'wst_x' }));
      assert.doesNotThrow(() => new UnionClient({ baseUrl: BASE, token: SECRET, dangerouslyAllowSecretKeyInBrowser: true }));

      // A getToken that hands over a secret key is refused before anything is sent.
      const { fetch, seen } = scriptedFetch([json({})]);
      const c = new UnionClient({ baseUrl: BASE, getToken: () => SECRET, fetch });
      await assert.rejects(c.workers.retrieveStatus('rider-1'), (err: unknown) => err instanceof TokenError && err.code === 'secret_key_in_browser');
      assert.equal(seen.length, 0);
    }));
}

const SERVERS: [string, Record<string, unknown>][] = [
  ['Node', {}],
  ['Deno (which defines self)', { Deno: { version: {} }, self: globalThis }],
  ['Bun (which defines self)', { Bun: { version: '1' }, self: globalThis }],
  ['Cloudflare Workers', { self: globalThis, navigator: { userAgent: 'Cloudflare-Workers' } }],
];

for (const [name, globals] of SERVERS) {
  test(`a secret key is accepted on a server: ${name}`, () =>
    withGlobals(globals, () => {
      assert.doesNotThrow(() => new UnionClient({ baseUrl: BASE, token: SECRET }));
    }));
}
