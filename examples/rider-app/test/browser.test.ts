// The rider app in Chromium, under the strict Content-Security-Policy and Trusted Types it ships:
// every widget renders and reports ready, the map view opens, and nothing violates the policy; the
// keyboard reaches the tab bar at once; the page holds each widget's place with a skeleton before its
// script arrives; the platform panel shows what the platform really received, with the rider's
// consent to share and without; the sandbox approval keeps the focus; "start over" makes a new rider.
// Uses Debian's Chromium (/usr/bin/chromium), never a download. Each test has its own browser
// context (its own cookies, so its own rider).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { startRiderApp } from '../server.mjs';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { joinUnion, shadowText } from './support/join-flow.js';
import { newPage as newPageIn, readyCount, waitReady } from './support/page.js';

let app: Awaited<ReturnType<typeof startRiderApp>>;
let browser: Browser;

before(async () => {
  app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0 });
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

const newPage = () => newPageIn(browser);

test('every widget renders under the shipped CSP and Trusted Types, with no violation', async () => {
  const page = await newPage();
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
    ['#sub-help', 'union-help-desk'],
  ] as const) {
    await page.click(tab);
    await waitReady(page, tag);
    assert.match(await shadowText(page, tag), /12351/, `${tag} shows the union hotline`);
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
  await page.browserContext().close();
});

test('by keyboard the bottom tab bar comes right after the skip link, not after all the content', async () => {
  const page = await newPage();
  await page.goto(app.url, { waitUntil: 'load' });
  const focused: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Tab');
    focused.push(await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return a.id || a.className || a.localName;
    }));
  }
  assert.deepEqual(focused, ['skip-link', 'tab-orders']);
  // Still shown at the bottom of the phone.
  const [tabbarTop, screenBottom] = await page.evaluate(() => [
    document.querySelector('.tabbar')!.getBoundingClientRect().top,
    document.getElementById('screen')!.getBoundingClientRect().bottom,
  ]);
  assert.ok(tabbarTop >= screenBottom - 1, `tab bar (top ${tabbarTop}) below the content (bottom ${screenBottom})`);
  // From the tab bar the arrows switch tabs, and Tab goes on into the content.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement!.id), 'tab-union');
  assert.equal(await page.$eval('#panel-union', (el) => (el as HTMLElement).hidden), false);
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.getElementById('panel-union')!.contains(document.activeElement)), 'Tab goes on into the tab');
  await page.browserContext().close();
});

test("before a widget's script has arrived, the page holds its place with a skeleton", async () => {
  const page = await newPage();
  await page.setRequestInterception(true);
  const held: HTTPRequest[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/widgets/membership-join.js')) held.push(request);
    else void request.continue();
  });
  await page.goto(app.url, { waitUntil: 'load' });
  await page.click('#tab-union');
  await page.waitForFunction(() => customElements.get('union-provider') !== undefined, { timeout: 20000 });
  const before = await page.evaluate(() => {
    const el = document.querySelector('union-membership-join')!;
    const style = getComputedStyle(el);
    return {
      defined: el.matches(':defined'),
      height: el.getBoundingClientRect().height,
      image: style.backgroundImage,
      busy: el.closest('.widget-panel')!.getAttribute('aria-busy'),
    };
  });
  assert.equal(before.defined, false);
  assert.ok(before.height >= 150, `a placeholder of the widget's size (${before.height}px)`);
  assert.match(before.image, /linear-gradient/, 'grey placeholder lines');
  assert.equal(before.busy, 'true');

  assert.ok(held.length > 0, 'the widget script was asked for');
  for (const request of held) void request.continue();
  await page.waitForFunction(() => document.querySelector('union-membership-join')!.matches(':defined'), { timeout: 20000 });
  const after = await page.evaluate(() => {
    const el = document.querySelector('union-membership-join')!;
    return { image: getComputedStyle(el).backgroundImage, busy: el.closest('.widget-panel')!.hasAttribute('aria-busy') };
  });
  assert.equal(after.image, 'none', 'the page skeleton gives way to the widget');
  assert.equal(after.busy, false);
  await page.browserContext().close();
});

/** What the platform panel shows, read from the page. */
async function panel(page: Page) {
  return page.evaluate(() => ({
    summary: document.getElementById('share-summary')!.textContent ?? '',
    shared: document.getElementById('share-summary')!.dataset['shared'],
    events: [...document.querySelectorAll<HTMLElement>('#event-log li')].map((li) => [li.dataset['name'], li.dataset['kind']]),
    webhooks: [...document.querySelectorAll<HTMLElement>('#webhook-log li')].map((li) => li.dataset['name']),
    webhooksEmpty: document.getElementById('webhooks-empty')!.hidden ? '' : document.getElementById('webhooks-empty')!.textContent,
  }));
}

/** Presses the sandbox's 批准入会申请 and waits for its outcome; answers where the focus is then. */
async function approveInSandbox(page: Page): Promise<string> {
  await page.focus('#approve-membership');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /已批准|失败|没有/.test(document.getElementById('approve-result')!.textContent ?? ''), { timeout: 20000 });
  assert.match(await page.$eval('#approve-result', (el) => el.textContent ?? ''), /已批准/);
  return page.evaluate(() => document.activeElement?.id ?? document.activeElement?.localName ?? '');
}

/** Waits until the panel has polled the back end after every webhook for the approval has landed. */
async function afterWebhooks(page: Page): Promise<void> {
  await app.sandbox.sandbox.webhooksSettled();
  await page.waitForResponse((r) => r.url().endsWith('/api/union/webhook-events'), { timeout: 10000 });
  await page.waitForResponse((r) => r.url().endsWith('/api/union/worker-status'), { timeout: 10000 });
}

test('declined to share: the platform panel lists no status at all and says plainly why', async () => {
  const page = await newPage();
  await page.goto(app.url, { waitUntil: 'load' });
  await page.click('#tab-union');
  await waitReady(page, 'union-membership-join');
  await joinUnion(page, { share: false });

  const focus = await approveInSandbox(page);
  assert.equal(focus, 'approve-membership', 'the focus stays on the button, not on <body>');
  // The membership widget reloads and shows the member card: any status event would have gone out.
  await waitReady(page, 'union-membership-join', 2);
  await page.waitForFunction(() => /会员/.test(document.querySelector('union-membership-join')!.shadowRoot!.textContent ?? ''));
  await afterWebhooks(page);

  const shown = await panel(page);
  assert.equal(shown.shared, 'false');
  assert.match(shown.summary, /骑手没有同意与平台共享状态，所以平台没有收到任何会员或保障状态/);
  assert.match(shown.summary, /The rider has not agreed to share their status/);
  assert.deepEqual(shown.events.filter(([, kind]) => kind === 'status'), [], 'no status event on the page');
  assert.deepEqual(shown.webhooks, [], 'no webhook at the back end');
  assert.match(shown.webhooksEmpty ?? '', /没有 Webhook：骑手没有同意共享状态/);
  // The panel lists what came, no more: the page's own record of events agrees with it.
  assert.ok(shown.events.some(([name]) => name === 'union-ready'));
  await page.browserContext().close();
});

test('agreed to share: the platform panel lists the status events and the webhook as they came', async () => {
  const page = await newPage();
  await page.goto(app.url, { waitUntil: 'load' });
  await page.click('#tab-union');
  await waitReady(page, 'union-membership-join');
  await joinUnion(page, { share: true });

  assert.equal(await approveInSandbox(page), 'approve-membership');
  await waitReady(page, 'union-membership-join', 2);
  await page.waitForFunction(() => document.querySelectorAll('#webhook-log li[data-name="member.status_changed"]').length === 1, { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('#event-log li[data-name="union-membership-status"]') !== null, { timeout: 15000 });

  const shown = await panel(page);
  assert.equal(shown.shared, 'true');
  assert.match(shown.summary, /骑手已同意与平台共享状态/);
  assert.deepEqual(shown.webhooks, ['member.status_changed']);
  const detail = await page.$eval('#webhook-log li .log-detail', (el) => el.textContent ?? '');
  assert.match(detail, /"status": ?"active"/);
  assert.doesNotMatch(detail, /王测试|310104199203150418|13800138000/);
  await page.browserContext().close();
});

test('start over: a new rider — new workerRef, the demo forgets what it kept, a fresh join flow', async () => {
  const page = await newPage();
  await page.goto(app.url, { waitUntil: 'load' });
  await page.waitForFunction(() => /^rider-/.test(document.getElementById('rider-ref')!.textContent ?? ''), { timeout: 10000 });
  const oldRider = await page.$eval('#rider-ref', (el) => el.textContent);
  await page.click('#tab-union');
  await waitReady(page, 'union-membership-join');
  await joinUnion(page, { share: false });
  await page.evaluate(() => localStorage.setItem('demo-kept', 'x'));

  const button = await page.$eval('#start-over', (el) => ({ text: el.textContent ?? '', visible: (el as HTMLElement).offsetParent !== null }));
  assert.ok(button.visible);
  assert.match(button.text, /以新骑手重新开始.*Start over as a new rider/s);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#start-over')]);

  await page.waitForFunction(() => /^rider-/.test(document.getElementById('rider-ref')!.textContent ?? ''), { timeout: 10000 });
  assert.notEqual(await page.$eval('#rider-ref', (el) => el.textContent), oldRider);
  assert.equal(await page.evaluate(() => localStorage.getItem('demo-kept')), null);
  await page.click('#tab-union');
  await waitReady(page, 'union-membership-join');
  assert.match(await shadowText(page, 'union-membership-join'), /开始申请入会/, 'the new rider starts the join flow afresh');
  assert.equal(await readyCount(page, 'union-membership-join'), 1);
  await page.browserContext().close();
});
