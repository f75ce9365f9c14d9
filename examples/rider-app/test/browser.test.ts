// The rider app in Chromium, under the strict Content-Security-Policy and Trusted Types it ships:
// every widget renders and reports ready, the map view opens, the platform's panel shows the events,
// and nothing violates the policy. Uses Debian's Chromium (/usr/bin/chromium), never a download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startRiderApp } from '../server.mjs';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

let app: Awaited<ReturnType<typeof startRiderApp>>;
let browser: Browser;
let page: Page;

before(async () => {
  app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0 });
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  page = await browser.newPage();
  await page.setViewport({ width: 420, height: 900 });
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[]; __ready: string[] };
    w.__violations = [];
    w.__ready = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('union-ready', (e) => w.__ready.push((e.target as Element).localName));
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

test('every widget renders under the shipped CSP and Trusted Types, with no violation', async () => {
  const response = await page.goto(app.url, { waitUntil: 'load' });
  const csp = response!.headers()['content-security-policy'] ?? '';
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

  await page.click('#tab-union');
  for (const [tab, tag] of [
    ['#sub-membership', 'union-membership-join'],
    ['#sub-insurance', 'union-insurance-enrol'],
    ['#sub-map', 'union-service-map'],
    ['#sub-events', 'union-event-signup'],
    ['#sub-jobs', 'union-job-listings'],
  ] as const) {
    await page.click(tab);
    await page.waitForFunction((t) => (window as unknown as { __ready: string[] }).__ready.includes(t), { timeout: 20000 }, tag);
    const text = await page.$eval(tag, (el) => el.shadowRoot?.textContent ?? '');
    assert.match(text, /12351/, `${tag} shows the union hotline`);
  }

  // The map view loads Leaflet on demand; it must work under Trusted Types too.
  await page.click('#sub-map');
  const opened = await page.evaluate(() => {
    const map = document.querySelector('union-service-map')!;
    const button = [...map.shadowRoot!.querySelectorAll('button')].find((b) => /地图|Map/.test(b.textContent ?? ''));
    button?.click();
    return Boolean(button);
  });
  assert.ok(opened, 'the service map offers a map view');
  await page.waitForFunction(
    () => (document.querySelector('union-service-map')!.shadowRoot!.querySelectorAll('.leaflet-interactive').length ?? 0) > 0,
    { timeout: 20000 },
  );

  const logged = await page.$eval('#event-log', (el) => el.textContent ?? '');
  assert.match(logged, /union-ready/);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  assert.deepEqual(violations, []);
});
