// The demo page in Chromium for the browser tests: each page in a browser context of its own (its own
// cookies, so its own rider), recording CSP violations and `union-ready` events as they happen.
import type { Browser, Page } from 'puppeteer-core';

/** A page in a browser context of its own, recording CSP violations and `union-ready` events. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 420, height: 900 });
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[]; __ready: string[] };
    w.__violations = [];
    w.__ready = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('union-ready', (e) => w.__ready.push((e.target as Element).localName));
  });
  return page;
}

/** How many `union-ready` events `tag` has sent so far. */
export const readyCount = (page: Page, tag: string) =>
  page.evaluate((t) => (window as unknown as { __ready: string[] }).__ready.filter((r) => r === t).length, tag);

/** Waits (up to `timeout` ms) until `tag` has sent `count` `union-ready` events. */
export async function waitReady(page: Page, tag: string, count = 1, timeout = 20000): Promise<void> {
  await page.waitForFunction(
    (t, n) => (window as unknown as { __ready: string[] }).__ready.filter((r) => r === t).length >= n,
    { timeout },
    tag,
    count,
  );
}

/** The CSP violations the page has reported. */
export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
