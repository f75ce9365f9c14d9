// What the demo's browser tests share once the page is open: the page in a context of its own (its own
// rider), the rider as the union knows them, the keyboard reaching a control inside a widget, the
// 320 px layout check, the sandbox buttons, and the check that nothing of a rider's help requests,
// claims or subsidies reached the platform (its page, its back end's webhooks, its status lookup).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { UnionClient } from '@unionkit/sdk';
import { startRiderApp } from '../../server.mjs';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { newPage as newPageIn } from './page.js';

export type RiderApp = Awaited<ReturnType<typeof startRiderApp>>;

/**
 * Starts the demo (sandbox, back end, page; free ports) and Chromium before the file's tests, and
 * stops both after them. Read `app` and `browser` inside the tests.
 */
export function demoHooks(): { readonly app: RiderApp; readonly browser: Browser } {
  const state = {} as { app: RiderApp; browser: Browser };
  before(async () => {
    state.app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0 });
    state.browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });
  after(async () => {
    await state.browser?.close();
    await state.app?.close();
  });
  return state;
}

/** How long a step may take on a loaded machine (a bound, not a pause: every wait ends as soon as it can). */
export const WAIT_MS = 60_000;

export const partnerOf = (app: RiderApp) => new UnionClient({ baseUrl: app.apiBaseUrl, token: 'sk_test_demo_delivery' });

/**
 * tsx keeps function names through a `__name` helper that a page lacks; functions passed to
 * `evaluate` may call it, so give the page (or frame) one (a string is not compiled).
 */
export const withNames = (target: Page | Frame) => target.evaluate('globalThis.__name ??= (fn) => fn');

/** The demo page, loaded, in a browser context of its own (so a rider of its own). */
export async function openDemo(browser: Browser, app: RiderApp, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPageIn(browser);
  if (viewport) await page.setViewport(viewport);
  // Keys reach a cross-origin frame (the union's hosted page) only in the tab in front.
  await page.bringToFront();
  await page.goto(app.url, { waitUntil: 'load' });
  await withNames(page);
  return page;
}

/** The page's rider, as the union knows them: a client of the rider's own (what the widgets use). */
export async function riderOf(app: RiderApp, page: Page) {
  const cookie = (await page.browserContext().cookies()).find((c) => c.name === 'unionkit_demo_rider');
  assert.ok(cookie, 'the page has a rider');
  const workerRef = cookie.value;
  const client = async () => {
    const session = await partnerOf(app).widgetSessions.create({ workerRef, components: ['membership', 'insurance', 'help', 'events'], verifiedMobile: '13800138000' });
    return new UnionClient({ baseUrl: app.apiBaseUrl, token: session.clientToken });
  };
  return { workerRef, client };
}

/**
 * Whether the element with the keyboard focus (looking into open shadow roots) matches `selector`
 * and, when given, has a text matching `text`.
 */
export const focusIs = (target: Page | Frame, selector: string, text?: RegExp) =>
  target.evaluate(
    (sel, source) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return Boolean(active?.matches(sel) && (source === null || new RegExp(source).test(active.textContent ?? '')));
    },
    selector,
    text?.source ?? null,
  );

/**
 * Presses Tab (Shift+Tab with `back`) until the focus is on `selector` (with `text`, when given) —
 * inside a widget's shadow root too, and in `frame` when given — at most `max` times. Throws when it
 * never gets there.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { frame, text, back = false, max = 60 }: { frame?: Frame; text?: RegExp; back?: boolean; max?: number } = {},
): Promise<void> {
  const target = frame ?? page;
  for (let i = 0; i <= max; i++) {
    if (await focusIs(target, selector, text)) return;
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
  }
  throw new Error(`the keyboard never reached ${selector}${text ? ` ${text}` : ''} in ${max} presses of Tab`);
}

/**
 * Nothing wider than the viewport, and every visible control of `selector` at least 44 × 44 px —
 * inside the widget's shadow root when `selector` is a widget's tag.
 */
export async function fits(page: Page, selector: string): Promise<void> {
  const { overflow, small } = await page.evaluate((sel) => {
    const scope = document.querySelector(sel);
    const root: ParentNode = scope?.shadowRoot ?? document;
    const inScope = scope?.shadowRoot ? 'button, [role="tab"], select' : `${sel} button, ${sel} [role="tab"]`;
    const controls = [...root.querySelectorAll<HTMLElement>(inScope)].filter((b) => b.offsetParent !== null || b.closest('dialog[open]'));
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      small: controls
        .map((b) => ({ text: (b.textContent ?? '').trim().slice(0, 30), r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ text, r }) => `${text} ${Math.round(r.width)}×${Math.round(r.height)}`),
    };
  }, selector);
  assert.ok(overflow <= 0, `no horizontal scroll (${overflow} px too wide)`);
  assert.deepEqual(small, [], `every control in ${selector} is at least 44 × 44 px`);
}

/** Presses a sandbox button and answers what its box then says. */
export async function sandboxButton(page: Page, id: string, result: string): Promise<string> {
  await page.click(`#${id}`);
  await page.waitForFunction((r) => !/正在处理|^$/.test(document.getElementById(r)!.textContent ?? ''), { timeout: WAIT_MS }, result);
  return page.$eval(`#${result}`, (el) => el.textContent ?? '');
}

/**
 * Everything the platform has of this page's rider — the page's events and panel, its back end's
 * webhooks, every webhook the union sent, the status lookup — holds none of `secrets` (ids, types,
 * words), and the panel's own check says it found no help request, claim or subsidy.
 * `shared`: whether the rider shares their status (then the platform does hear of membership and cover).
 */
export async function assertNothingReachedPlatform(app: RiderApp, page: Page, secrets: readonly string[], { shared }: { shared: boolean }): Promise<void> {
  const { workerRef } = await riderOf(app, page);
  const status = await partnerOf(app).workers.retrieveStatus(workerRef);
  assert.equal(status.shared, shared, shared ? 'the rider shares their status, so the platform does hear of it' : 'the rider does not share their status');
  // The panel has read the back end's webhooks and the status lookup at least once since.
  await page.evaluate(() => document.getElementById('confidential-check')!.removeAttribute('data-found'));
  await page.waitForFunction(() => document.getElementById('confidential-check')!.hasAttribute('data-found'), { timeout: WAIT_MS });
  if (shared) await page.waitForFunction(() => Number(document.getElementById('webhook-count')!.textContent) > 0, { timeout: WAIT_MS });
  const received = JSON.stringify({
    page: await page.$$eval('#event-log, #webhook-log, #worker-status', (els) => els.map((el) => el.textContent)),
    webhooks: app.backend.webhookEvents,
    sent: app.sandbox.sandbox.deliveries().map((d) => d.payload),
    status,
  });
  for (const secret of secrets) {
    assert.ok(!received.includes(secret), `the platform received ${secret}`);
  }
  assert.equal(await page.$eval('#confidential-check', (el) => (el as HTMLElement).dataset['found']), 'false');
  assert.match(await page.$eval('#confidential-check', (el) => el.textContent ?? ''), /没有任何求助、理赔或补贴/);
}
