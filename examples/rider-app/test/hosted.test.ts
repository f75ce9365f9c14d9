// The demo's hosted mode: the union's hosted page comes from the sandbox, on another origin (port) than
// the rider app, and the app's page may frame it — and nothing else may.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startRiderApp, HOSTED_DIR } from '../server.mjs';

let app: Awaited<ReturnType<typeof startRiderApp>>;

before(async () => {
  app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0, secretKey: 'sk_test_demo_delivery' });
});

after(async () => {
  await app.close();
});

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values] as const));

test('the app may frame the union’s hosted page, which the sandbox serves on its own origin', async () => {
  assert.ok(existsSync(join(HOSTED_DIR, 'hosted.html')), 'the widgets’ hosted build is there (npm run build)');
  const sandboxOrigin = `http://127.0.0.1:${app.sandbox.port}`;
  assert.notEqual(app.sandbox.port, app.port, 'two origins: the platform’s app and the union’s');

  const page = await fetch(`http://127.0.0.1:${app.port}/`);
  assert.deepEqual(directives(page.headers.get('content-security-policy') ?? '').get('frame-src'), [sandboxOrigin]);

  const hosted = await fetch(`${sandboxOrigin}/hosted/hosted.html`);
  assert.equal(hosted.status, 200);
  assert.match(hosted.headers.get('content-type') ?? '', /^text\/html/);
  const csp = directives(hosted.headers.get('content-security-policy') ?? '');
  assert.deepEqual(csp.get('frame-ancestors'), ['http://localhost:*', 'http://127.0.0.1:*']);
  assert.deepEqual(csp.get('script-src'), ["'self'", 'https://res.wx.qq.com']);
  const script = /<script type="module" src="\.\/([^"]+)"/.exec(await hosted.text())?.[1];
  assert.equal(script, 'hosted.js');
  const js = await fetch(`${sandboxOrigin}/hosted/${script}`);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
});
