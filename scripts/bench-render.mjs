// First render of each widget with cached data, in Chromium with a 4× CPU slowdown: from putting the
// element on the page to its `union-ready` (data shown). The rider app serves the widget bundles; the
// API's GET answers are recorded once in the page and then served from that cache.
import puppeteer from 'puppeteer-core';
import { startRiderApp } from '../examples/rider-app/server.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const BUDGET_MS = 100;
const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 7);
const TAGS = ['union-membership-join', 'union-insurance-enrol', 'union-service-map', 'union-event-signup', 'union-job-listings'];

export async function benchFirstRender() {
  const app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0 });
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const results = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 420, height: 900 });
    // A page-level cache of the API's GET answers, recorded while warming up (as a service worker
    // or an HTTP cache would keep them), so the figure is the widget's own work.
    await page.evaluateOnNewDocument(() => {
      const real = window.fetch.bind(window);
      const cache = new Map();
      window.__useCache = false;
      window.fetch = async (input, init) => {
        const request = new Request(input, init);
        const key = request.method === 'GET' && /\/v1\//.test(request.url) ? request.url : undefined;
        if (key && window.__useCache && cache.has(key)) {
          const hit = cache.get(key);
          return new Response(hit.body, { status: hit.status, headers: hit.headers });
        }
        const response = await real(request);
        if (key && response.ok) {
          cache.set(key, { status: response.status, headers: [...response.headers], body: await response.clone().text() });
        }
        return response;
      };
    });
    await page.goto(app.url, { waitUntil: 'load' });
    // Warm up: every widget loads its code and data once.
    for (const tag of TAGS) await mountAndTime(page, tag);
    await page.evaluate(() => { window.__useCache = true; });
    await page.emulateCPUThrottling(4);
    for (const tag of TAGS) {
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push(await mountAndTime(page, tag));
      times.sort((a, b) => a - b);
      results.push({ widget: tag, medianMs: Math.round(times[Math.floor(times.length / 2)]), maxMs: Math.round(times.at(-1)) });
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return results;
}

/** Mounts a fresh `tag` inside the page's provider and resolves with the ms until its union-ready. */
function mountAndTime(page, tag) {
  return page.evaluate(
    (t) =>
      new Promise((resolve, reject) => {
        const provider = document.querySelector('union-provider');
        const el = document.createElement(t);
        const timer = setTimeout(() => reject(new Error(`${t} never became ready`)), 20000);
        el.addEventListener('union-ready', async () => {
          await el.updateComplete; // the data is on the screen, not only in the element
          const ms = performance.now() - start;
          clearTimeout(timer);
          el.remove();
          resolve(ms);
        }, { once: true });
        const start = performance.now();
        provider.append(el);
      }),
    tag,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchFirstRender();
  console.table(results);
  const over = results.filter((r) => r.medianMs > BUDGET_MS);
  if (over.length) {
    console.error(`Over the ${BUDGET_MS} ms budget: ${over.map((r) => r.widget).join(', ')}`);
    process.exitCode = 1;
  } else console.log(`First render with cached data within ${BUDGET_MS} ms (4× CPU slowdown) for every widget.`);
}
