// A rider on a weak network (400 kbps, 400 ms) gets the demo's files compressed (brotli, else gzip,
// as the browser accepts), each as cacheable as it can be — content-hashed chunks for a year, the rest
// revalidated with an ETag and answered 304 when unchanged — and the page names the provider's runtime
// chunk for preloading, so it is not discovered one round trip late.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startRiderApp, WIDGETS_DIR } from '../server.mjs';
import { negotiateEncoding } from '../static.mjs';

let app: Awaited<ReturnType<typeof startRiderApp>>;

before(async () => {
  if (!existsSync(join(WIDGETS_DIR, 'provider.js'))) {
    assert.fail('packages/widgets/dist/bundle/ is missing: run `npm run build` first');
  }
  app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0 });
});

after(async () => {
  await app?.close();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET (or HEAD) with exactly these headers, and the body as it came over the wire (not decoded). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: app.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The shared runtime chunk, `runtime.<hash>.js`, as the bundle's entries import it. */
const runtimeChunk = () => /["']\.\/(runtime\.[A-Za-z0-9_-]{8}\.js)["']/.exec(readFileSync(join(WIDGETS_DIR, 'membership-join.js'), 'utf8'))![1]!;

/** Every kind of file the page loads: the HTML, the app's own script and styles, a widget entry, a chunk. */
const paths = () => ['/', '/app.js', '/app.css', '/widgets/membership-join.js', `/widgets/${runtimeChunk()}`];

test('files are sent brotli-compressed to a browser that accepts br, gzip to one that accepts only gzip', async () => {
  for (const path of paths()) {
    const plain = await raw(path, { 'accept-encoding': 'identity' });
    assert.equal(plain.status, 200, path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path}: identity`);
    assert.match(String(plain.headers['vary']), /accept-encoding/i, `${path}: Vary`);

    const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200, path);
    assert.equal(br.headers['content-encoding'], 'br', `${path}: brotli`);
    assert.match(String(br.headers['vary']), /accept-encoding/i, `${path}: Vary`);
    assert.equal(Number(br.headers['content-length']), br.body.length, `${path}: content-length`);
    assert.ok(br.body.length < plain.body.length, `${path}: smaller compressed`);
    assert.deepEqual(brotliDecompressSync(br.body), plain.body, `${path}: brotli decodes to the file`);

    const gz = await raw(path, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${path}: gzip`);
    assert.match(String(gz.headers['vary']), /accept-encoding/i, `${path}: Vary`);
    assert.deepEqual(gunzipSync(gz.body), plain.body, `${path}: gzip decodes to the file`);

    // Each representation has its own validator.
    assert.equal(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size, 3, `${path}: an ETag per encoding`);
  }
});

test('Accept-Encoding is read with its q-values: refused encodings are never sent', () => {
  assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
  assert.equal(negotiateEncoding('gzip'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0.5, gzip;q=0.9'), 'gzip');
  assert.equal(negotiateEncoding('*'), 'br');
  assert.equal(negotiateEncoding('*;q=0'), 'identity');
  assert.equal(negotiateEncoding('deflate'), 'identity');
  assert.equal(negotiateEncoding(undefined), 'identity');
});

test('an unchanged file is answered 304 with no body when the browser sends its ETag back', async () => {
  for (const path of paths()) {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const first = await raw(path, { 'accept-encoding': encoding });
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[^"]+"$/, `${path} ${encoding}: a strong ETag`);
      const again = await raw(path, { 'accept-encoding': encoding, 'if-none-match': etag });
      assert.equal(again.status, 304, `${path} ${encoding}: 304`);
      assert.equal(again.body.length, 0, `${path} ${encoding}: no body`);
      assert.equal(again.headers.etag, etag);
      assert.equal(again.headers['cache-control'], first.headers['cache-control']);
      assert.match(String(again.headers['vary']), /accept-encoding/i);
      // A validator from another representation or an older version is not a match.
      const other = await raw(path, { 'accept-encoding': encoding, 'if-none-match': '"not-this-one"' });
      assert.equal(other.status, 200, `${path} ${encoding}: another ETag gets the file`);
    }
  }
  // Lists and weak validators, as browsers and proxies send them.
  const gz = await raw('/app.js', { 'accept-encoding': 'gzip' });
  const listed = await raw('/app.js', { 'accept-encoding': 'gzip', 'if-none-match': `"x", W/${gz.headers.etag}` });
  assert.equal(listed.status, 304);
});

test('content-hashed chunks are cached for good; the page, app files and widget entries are revalidated', async () => {
  const chunk = await raw(`/widgets/${runtimeChunk()}`);
  assert.match(String(chunk.headers['cache-control']), /\bimmutable\b/);
  assert.match(String(chunk.headers['cache-control']), /max-age=31536000/);
  for (const path of ['/', '/app.js', '/inspector.js', '/app.css', '/favicon.svg', '/widgets/provider.js', '/widgets/membership-join.js']) {
    const response = await raw(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers['cache-control'], 'no-cache', path);
    assert.ok(response.headers.etag, `${path}: an ETag to revalidate with`);
  }
});

test('HEAD answers the same headers as GET and no body', async () => {
  const get = await raw('/widgets/provider.js', { 'accept-encoding': 'br' });
  const head = await raw('/widgets/provider.js', { 'accept-encoding': 'br' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  for (const name of ['content-encoding', 'content-length', 'etag', 'cache-control', 'vary']) assert.equal(head.headers[name], get.headers[name], name);
});

test('the page preloads the provider and the runtime chunk it imports', async () => {
  const html = (await raw('/', { 'accept-encoding': 'identity' })).body.toString('utf8');
  const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(preloads.includes('/widgets/provider.js'), 'provider.js');
  assert.ok(preloads.includes(`/widgets/${runtimeChunk()}`), 'the runtime chunk');
  // Every preloaded file is served.
  for (const href of preloads) assert.equal((await raw(href!)).status, 200, href);
});
