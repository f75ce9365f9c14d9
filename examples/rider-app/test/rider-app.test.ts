// The rider-app demo's server: the page is served under a strict CSP with no inline code, the widget
// bundle is served as JavaScript, and the browser gets a client token but never the secret key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { startRiderApp, WIDGETS_DIR } from '../server.mjs';
import { UNION_EVENT_KINDS, UNION_EVENT_NAMES } from '@unionkit/widgets';

let app: Awaited<ReturnType<typeof startRiderApp>>;
let base: string;

before(async () => {
  app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0, secretKey: 'sk_test_demo_delivery' });
  base = `http://127.0.0.1:${app.port}`;
});

after(async () => {
  await app.close();
});

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );

test('the page is served with a strict Content-Security-Policy and Trusted Types', async () => {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  const csp = response.headers.get('content-security-policy');
  assert.ok(csp, 'the HTML has a Content-Security-Policy header');
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  const d = directives(csp);
  assert.deepEqual(d.get('default-src'), ["'self'"]);
  assert.deepEqual(d.get('script-src'), ["'self'"]);
  assert.deepEqual(d.get('style-src'), ["'self'"]);
  assert.deepEqual(d.get('object-src'), ["'none'"]);
  assert.deepEqual(d.get('require-trusted-types-for'), ["'script'"]);
  assert.deepEqual(d.get('trusted-types'), ['lit-html', 'default']);
  assert.ok(!d.get('trusted-types')?.includes("'allow-duplicates'"));
  // The widgets call the sandbox, on the host name the page was loaded from.
  const sandboxOrigin = `http://127.0.0.1:${app.sandbox.port}`;
  assert.deepEqual(d.get('connect-src'), ["'self'", sandboxOrigin]);
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(response.headers.get('cache-control'), 'no-cache');

  const html = await response.text();
  assert.ok(html.includes(`base-url="${sandboxOrigin}/v1"`), 'the provider points at the sandbox');
  assert.ok(!html.includes('__UNIONKIT_API_BASE__'));
  // No inline code: every <script> has a same-origin src, no <style>, no style= or on*= attributes.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc="\/[^/]/, tag);
  assert.doesNotMatch(html, /<style\b/i);
  assert.doesNotMatch(html, /\sstyle=/i);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /sk_test/);
  for (const tag of ['union-provider', 'union-membership-join', 'union-insurance-enrol', 'union-service-map', 'union-event-signup', 'union-job-listings', 'union-help-desk']) {
    assert.ok(html.includes(`<${tag}`), `the page embeds <${tag}>`);
  }
});

/** GET / with a given Host header (fetch does not let one set it). Answers the CSP header. */
function cspFor(host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: app.port, path: '/', headers: { host } }, (res) => {
      res.resume();
      resolve(String(res.headers['content-security-policy'] ?? ''));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the page follows the host name it was loaded from (localhost → the sandbox on localhost)', async () => {
  const csp = await cspFor(`localhost:${app.port}`);
  assert.deepEqual(directives(csp).get('connect-src'), ["'self'", `http://localhost:${app.sandbox.port}`]);
  const forged = await cspFor('evil.example;script-src');
  assert.deepEqual(directives(forged).get('connect-src'), ["'self'", `http://localhost:${app.sandbox.port}`]);
  assert.doesNotMatch(forged, /evil/);
});

test('the app script and styles are external files with the right content types', async () => {
  for (const [path, type] of [
    ['/app.js', /^text\/javascript/],
    ['/app.css', /^text\/css/],
    ['/favicon.svg', /^image\/svg\+xml/],
  ] as const) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', type, path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const etag = response.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${base}${path}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  }
  const js = await (await fetch(`${base}/app.js`)).text();
  assert.doesNotMatch(js, /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML\(|document\.write\(|\beval\(|new Function\(|window\.open\(/);
});

test('nothing outside public/ and the widget bundle is served', async () => {
  for (const path of ['/server.mjs', '/index.html/../server.mjs', '/widgets/../server.mjs', '/%2e%2e/server.mjs', '/widgets/%2e%2e%2fpackage.json', '/package.json', '/public/app.js']) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 404, path);
    await response.body?.cancel();
  }
});

test('the widget bundle is served as JavaScript', async (t) => {
  if (!existsSync(join(WIDGETS_DIR, 'provider.js'))) {
    assert.fail('packages/widgets/dist/bundle/ is missing: run `npm run build -w @unionkit/sdk && npm run build -w @unionkit/widgets` (or `npm run build`) first');
  }
  const response = await fetch(`${base}/widgets/provider.js`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  const source = await response.text();
  // The shared runtime chunk has a content hash and is cached for good.
  const chunk = /["'](\.\/runtime\.[A-Za-z0-9_-]{8}\.js)["']/.exec(source)?.[1];
  if (!chunk) return t.diagnostic('provider.js imports no hashed runtime chunk');
  const runtime = await fetch(new URL(chunk, `${base}/widgets/`));
  assert.equal(runtime.status, 200);
  assert.match(runtime.headers.get('cache-control') ?? '', /immutable/);
  await runtime.body?.cancel();
  for (const entry of ['membership-join.js', 'insurance-enrol.js', 'service-map.js', 'event-signup.js', 'job-listings.js']) {
    const r = await fetch(`${base}/widgets/${entry}`);
    assert.equal(r.status, 200, entry);
    await r.body?.cancel();
  }
});

test('the page gets a wst_ client token from the back end, never the secret key', async () => {
  const response = await fetch(`${base}/api/union/session`, { method: 'POST' });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const text = await response.text();
  assert.doesNotMatch(text, /sk_/);
  const session = JSON.parse(text) as { clientToken: string };
  assert.match(session.clientToken, /^wst_/);
  // The token works against the sandbox from the page's origin.
  const points = await fetch(`${app.apiBaseUrl}/service-points?limit=1`, {
    headers: { authorization: `Bearer ${session.clientToken}`, origin: base },
  });
  assert.equal(points.status, 200);
  assert.equal(points.headers.get('access-control-allow-origin'), base);
  await points.body?.cancel();
});

test('the sandbox-only approval answers ids and statuses, and refuses bad input', async () => {
  const bad = await fetch(`${base}/api/sandbox/membership-decision`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ applicationId: '../../x', decision: 'approve' }),
  });
  assert.equal(bad.status, 422);
  await bad.body?.cancel();
  const unknown = await fetch(`${base}/api/sandbox/membership-decision`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ applicationId: 'mapp_doesnotexist', decision: 'approve' }),
  });
  assert.equal(unknown.status, 502);
  assert.deepEqual(Object.keys((await unknown.json()) as object).sort(), ['error', 'requestId']);
});

test("the platform panel listens to every event the widgets dispatch, and knows which carry status (inspector.js's copy)", () => {
  const source = readFileSync(new URL('../public/inspector.js', import.meta.url), 'utf8');
  const body = /export const UNION_EVENT_KINDS = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  const kinds = Object.fromEntries([...body.matchAll(/'([a-z-]+)': '(host|status)'/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(Object.keys(kinds).sort(), [...UNION_EVENT_NAMES].sort());
  assert.deepEqual(kinds, { ...UNION_EVENT_KINDS });
});
