// The CDN loader in Chromium (puppeteer; `npm run build -w @unionkit/widgets` first): a page on one
// origin adds `<script src=…/loader.js data-widgets=…>` from a CDN on another and gets the widgets,
// every script checked against sri.json; a file the CDN serves altered is refused. The files are
// served as they are on disk (the browser-test server would transform them, and no hash would match).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const dir = fileURLToPath(new URL('../dist/cdn', import.meta.url));
type Manifest = { entries: Record<string, { file: string; preload: string[] }>; integrity: Record<string, string> };
const manifest = (): Manifest => JSON.parse(readFileSync(join(dir, 'sri.json'), 'utf8')) as Manifest;

/** Files the CDN serves with one byte changed, as a compromised or broken CDN would. */
const altered = new Set<string>();
let cdn: Server;
let site: Server;
let browser: Browser;
let cdnBase = '';
let siteBase = '';

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/`)));

before(async () => {
  assert.ok(existsSync(join(dir, 'loader.js')), 'no dist/cdn/loader.js: run `npm run build -w @unionkit/widgets` first');
  cdn = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url!, 'http://cdn').pathname.slice(1));
    if (!/^[\w.-]+$/.test(name) || !existsSync(join(dir, name))) return void res.writeHead(404).end();
    let body = readFileSync(join(dir, name));
    if (altered.has(name)) body = Buffer.concat([body, Buffer.from('\n')]);
    res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }).end(body);
  });
  cdnBase = await listen(cdn);
  site = createServer((req, res) => {
    const widgets = new URL(req.url!, 'http://site').searchParams.get('widgets') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="zh-CN"><head><script src="${cdnBase}loader.js" data-widgets="${widgets}"></script></head><body></body></html>`);
  });
  siteBase = await listen(site);
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => cdn?.close(r));
  await new Promise((r) => site?.close(r));
});

async function open(widgets: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${siteBase}?widgets=${encodeURIComponent(widgets)}`);
  return page;
}

test('the loader defines the widgets a page names, from scripts that carry their integrity', async () => {
  const page = await open('provider membership-join');
  try {
    await page.evaluate(() => (window as unknown as { UnionKit: { ready: Promise<unknown> } }).UnionKit.ready);
    const defined = await page.evaluate(() => ['union-provider', 'union-membership-join', 'union-job-listings'].map((n) => !!customElements.get(n)));
    assert.deepEqual(defined, [true, true, false], 'the two named, not the others');
    const { entries, integrity } = manifest();
    const scripts = await page.$$eval('script[type=module]', (els) => els.map((s) => [(s as HTMLScriptElement).src, (s as HTMLScriptElement).integrity, (s as HTMLScriptElement).crossOrigin]));
    for (const name of ['provider', 'membership-join']) {
      const file = entries[name]!.file;
      assert.deepEqual(scripts.find(([src]) => src === `${cdnBase}${file}`), [`${cdnBase}${file}`, integrity[file], 'anonymous'], name);
    }
    const runtime = entries['membership-join']!.preload.find((f) => f.startsWith('runtime.'))!;
    const links = await page.$$eval('link[rel=modulepreload]', (els) => els.map((l) => [(l as HTMLLinkElement).href, (l as HTMLLinkElement).integrity]));
    assert.deepEqual(links.find(([href]) => href === `${cdnBase}${runtime}`), [`${cdnBase}${runtime}`, integrity[runtime]]);
  } finally {
    await page.close();
  }
});

test('a widget whose file the CDN serves altered is refused and not defined', async () => {
  const file = manifest().entries['job-listings']!.file;
  altered.add(file);
  const page = await open('');
  try {
    const error = await page.evaluate(() =>
      (window as unknown as { UnionKit: { load(n: string[]): Promise<unknown> } }).UnionKit.load(['job-listings']).then(
        () => 'loaded',
        (e: Error) => e.message,
      ),
    );
    assert.match(error, /integrity/);
    assert.equal(await page.evaluate(() => !!customElements.get('union-job-listings')), false);
  } finally {
    altered.delete(file);
    await page.close();
  }
  // The same file as released loads: it was the altered byte that was refused.
  const again = await open('');
  try {
    const result = await again.evaluate(() =>
      (window as unknown as { UnionKit: { load(n: string[]): Promise<unknown> } }).UnionKit.load(['job-listings']).then(
        () => String(!!customElements.get('union-job-listings')),
        (e: Error) => e.message,
      ),
    );
    assert.equal(result, 'true');
  } finally {
    await again.close();
  }
});

test('UnionKit.load says which name it does not know', async () => {
  const page = await open('');
  try {
    const error = await page.evaluate(() =>
      (window as unknown as { UnionKit: { load(n: string[]): Promise<unknown> } }).UnionKit.load(['no-such-widget']).then(
        () => 'loaded',
        (e: Error) => e.message,
      ),
    );
    assert.match(error, /no-such-widget/);
  } finally {
    await page.close();
  }
});
