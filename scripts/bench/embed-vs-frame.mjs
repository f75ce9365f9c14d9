// A widget embedded in a page against the same widget in a cross-site iframe: Chromium, cold cache
// (a fresh browser context per load), 4× CPU slowdown on every renderer the page uses (the iframe's
// own process included), from navigation start to the first job item of <union-job-listings>.
// Loads alternate embedded / framed, so machine noise falls on both; each pair gives a ratio.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startSandboxCli } from './servers.mjs';
import { median, spread } from './stats.mjs';
import { startWidgetPages } from './widget-pages.mjs';

export const EMBEDDED_BUDGET_MS = 500;
export const FRAMED_RATIO_BUDGET = 1.5;
const CPU_SLOWDOWN = 4;
const LOAD_TIMEOUT_MS = 30_000;
/**
 * Chromium's own window UI off: each fresh context opens a window whose omnibox popup (a WebUI page
 * of a few hundred modules) would load in a renderer of its own, unthrottled, beside the page measured
 * on a 2-core machine. No phone browser does that, and it is neither page's work.
 */
const BROWSER_UI_OFF = '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup';

/** Throttles the CPU of a page's or a frame's renderer (each out-of-process iframe has its own). */
async function throttle(session) {
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Milliseconds from navigation start to the first job item, in a fresh (cold) browser context. */
async function firstItemMs(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 420, height: 900 });
    await page.setCacheEnabled(false);
    const pageSession = await page.createCDPSession();
    await throttle(pageSession);
    // An out-of-process iframe gets its renderer throttled before its document runs.
    const frameSessions = [];
    const onTarget = async (target) => {
      if (target.type() !== 'other' && target.type() !== 'page' && target.type() !== 'iframe') return;
      if (target === page.target()) return;
      try {
        const session = await target.createCDPSession();
        frameSessions.push(session);
        await throttle(session);
      } catch {
        // a target that is not a frame (a worker, a service) has no such emulation
      }
    };
    context.on('targetcreated', onTarget);
    let reported;
    const firstItem = new Promise((resolve) => {
      reported = resolve;
    });
    await page.exposeFunction('__benchFirstItem', (at) => reported(at));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const at = await Promise.race([
      firstItem,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no job item within ${LOAD_TIMEOUT_MS} ms at ${url}`)), LOAD_TIMEOUT_MS)),
    ]);
    context.off('targetcreated', onTarget);
    return { ms: at - timeOrigin, throttledFrames: frameSessions.length };
  } finally {
    await context.close();
  }
}

/** Rounds by default: each load's time spreads by ±30 %, and a median ratio read from 5 rounds moved by ±0.15. */
export async function benchEmbedVsFrame({ rounds = 15 } = {}) {
  const sandbox = await startSandboxCli();
  const pages = await startWidgetPages({ apiBase: sandbox.apiBase }).catch(async (error) => {
    await sandbox.stop();
    throw error;
  });
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, BROWSER_UI_OFF] });
  try {
    // Warm the sandbox and the page server (not the browser: every load has a cold context).
    await firstItemMs(browser, pages.embeddedUrl);
    const embedded = [];
    const framed = [];
    const ratios = [];
    const floor = [];
    let framedThrottled = 0;
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['embedded', 'framed'] : ['framed', 'embedded'];
      const times = {};
      for (const kind of order) {
        const run = await firstItemMs(browser, kind === 'embedded' ? pages.embeddedUrl : pages.framedUrl);
        times[kind] = run.ms;
        if (kind === 'framed') framedThrottled = Math.max(framedThrottled, run.throttledFrames);
      }
      embedded.push(times.embedded);
      framed.push(times.framed);
      floor.push((await firstItemMs(browser, pages.floorUrl)).ms);
      ratios.push(times.framed / times.embedded);
    }
    return {
      rounds,
      embedded,
      framed,
      floor,
      ratios,
      embeddedMs: median(embedded),
      framedMs: median(framed),
      floorMs: median(floor),
      ratio: median(ratios),
      framedThrottled,
    };
  } finally {
    await browser.close();
    await pages.close();
    await sandbox.stop();
  }
}

/** Prints the comparison; returns the budgets it missed. */
export function reportEmbedVsFrame(result) {
  console.log(
    `\nEmbedded vs cross-site iframe, <union-job-listings> first item, Chromium, cold cache, ${CPU_SLOWDOWN}× CPU slowdown` +
      ` (budget: embedded ≤ ${EMBEDDED_BUDGET_MS} ms and ≥ ${FRAMED_RATIO_BUDGET}× sooner than framed, at the median)`,
  );
  console.log(`  ${result.rounds} loads of each, alternating; the iframe's renderer throttled too (${result.framedThrottled} frame target(s))`);
  const list = (xs) => xs.map((x) => Math.round(x)).join(', ');
  console.log(`  embedded: median ${Math.round(result.embeddedMs)} ms (${list(result.embedded)})`);
  console.log(`  framed:   median ${Math.round(result.framedMs)} ms (${list(result.framed)})`);
  console.log(`  framed ÷ embedded: ${spread(result.ratios)}`);
  console.log(`  for scale, a page with no widget code (token, the same jobs, one title): median ${Math.round(result.floorMs)} ms (${list(result.floor)})`);
  const missed = [];
  if (result.embeddedMs > EMBEDDED_BUDGET_MS) missed.push(`embedded first item: ${Math.round(result.embeddedMs)} ms > ${EMBEDDED_BUDGET_MS} ms`);
  if (result.ratio < FRAMED_RATIO_BUDGET) missed.push(`embedded vs framed: ${result.ratio.toFixed(2)}× sooner < ${FRAMED_RATIO_BUDGET}×`);
  return missed;
}
