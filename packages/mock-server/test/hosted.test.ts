// The union's hosted page on the sandbox's own origin: what the node server serves at /hosted/, with
// which policy, and what a client token learns about its own session (the parent origins the page trusts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { raw, startHarness, SK } from './support/harness.js';

function hostedBuild(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'unionkit-hosted-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'hosted.html'), '<!doctype html><title>工会</title><script type="module" src="./hosted.js"></script>');
  writeFileSync(join(dir, 'hosted.js'), 'export {};');
  writeFileSync(join(dir, 'runtime.AbCd_123.js'), 'export const x = 1;');
  writeFileSync(join(dir, 'notes.txt'), 'not served');
  writeFileSync(join(dir, '.secret.js'), 'not served');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.js'), 'not served');
  return dir;
}

test('GET /widget-sessions/current tells a client token its own session and its partner’s registered origins, never the token', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['jobs', 'events'] });
  const res = await h.call('GET', '/widget-sessions/current', { token });
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.components, ['jobs', 'events']);
  assert.deepEqual(res.body.allowedOrigins, ['http://localhost:*', 'http://127.0.0.1:*']);
  assert.equal(res.body.locale, 'zh-CN');
  assert.ok(!res.text.includes(token), 'the token is not echoed');

  // A secret key has no session of its own; no credential and a wrong one are refused with their codes.
  const withKey = await h.call('GET', '/widget-sessions/current', { token: SK });
  assert.equal(withKey.status, 403);
  assert.equal(withKey.body.code, 'forbidden_scope');
  assert.equal((await h.call('GET', '/widget-sessions/current')).body.code, 'unauthenticated');
  assert.equal((await h.call('GET', '/widget-sessions/current', { token: 'wst_nope' })).body.code, 'unauthenticated');
});

test('a client token works from the API’s own origin (the hosted page) but not from an origin the partner did not register', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['jobs'] });
  // The union's own origin (the API's, from the Host it is reached at) is no partner's to register.
  const own = await raw(h.server, { path: '/v1/widget-sessions/current', headers: { authorization: `Bearer ${token}`, origin: 'http://union.test:4010', host: 'union.test:4010' } });
  assert.equal(own.status, 200, own.text);
  const otherPort = await raw(h.server, { path: '/v1/widget-sessions/current', headers: { authorization: `Bearer ${token}`, origin: 'http://union.test:4011', host: 'union.test:4010' } });
  assert.equal(otherPort.status, 403);
  assert.equal(otherPort.body.code, 'origin_not_allowed');
  const foreign = await h.call('GET', '/widget-sessions/current', { token, headers: { origin: 'https://attacker.example' } });
  assert.equal(foreign.status, 403);
  assert.equal(foreign.body.code, 'origin_not_allowed');
});

test('the hosted page is served with its policy: only its own scripts, framed only by registered origins', async (t) => {
  const h = await startHarness(t, { hostedDir: hostedBuild(t) });
  const page = await fetch(`${h.server.url}/hosted/hosted.html`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
  const csp = page.headers.get('content-security-policy') ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  assert.deepEqual(directives.get('script-src'), ["'self'", 'https://res.wx.qq.com'], "no inline script; WeChat's JS-SDK for the mini-program bridge");
  assert.deepEqual(directives.get('connect-src'), ["'self'"]);
  assert.deepEqual(directives.get('frame-ancestors'), ['http://localhost:*', 'http://127.0.0.1:*']);
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.match(await page.text(), /hosted\.js/);

  const script = await fetch(`${h.server.url}/hosted/hosted.js`);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(script.headers.get('cache-control'), 'no-cache');
  assert.equal(script.headers.get('cross-origin-resource-policy'), 'same-origin');
  const chunk = await fetch(`${h.server.url}/hosted/runtime.AbCd_123.js`);
  assert.match(chunk.headers.get('cache-control') ?? '', /immutable/);

  const head = await raw(h.server, { method: 'HEAD', path: '/hosted/hosted.html' });
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
});

test('nothing else is served from the hosted folder, and only GET and HEAD are allowed', async (t) => {
  const h = await startHarness(t, { hostedDir: hostedBuild(t) });
  for (const path of ['/hosted/notes.txt', '/hosted/.secret.js', '/hosted/sub/a.js', '/hosted/missing.js', '/hosted/', '/hosted/%2e%2e/package.json', '/hosted/..%2Fhosted.html']) {
    const res = await raw(h.server, { path });
    assert.equal(res.status, 404, path);
    assert.equal(res.headers['content-type'], 'application/problem+json', path);
    assert.equal(res.body.code, 'not_found', path);
  }
  const post = await raw(h.server, { method: 'POST', path: '/hosted/hosted.html', body: 'x' });
  assert.equal(post.status, 405);
  assert.equal(post.body.code, 'method_not_allowed');
  assert.equal(post.headers['allow'], 'GET, HEAD');
});

test('without a hosted build the sandbox serves no /hosted/ at all', async (t) => {
  const h = await startHarness(t);
  const res = await raw(h.server, { path: '/hosted/hosted.html' });
  assert.equal(res.status, 404);
  assert.equal(res.body.code, 'not_found');
});
