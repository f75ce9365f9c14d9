// Server commands that drive a cross-origin frame the way a worker would, for browser tests of hosted
// mode: the page under test cannot reach into the union's frame (that is the point), so the test asks
// the test server, which holds the browser through puppeteer, to type, click and read inside it.
//
//   executeServerCommand('unionkit-frame', { action: 'type', match: '/hosted/hosted.html', selector: 'textarea', text: '…' })
//
// `type` sets a field's value and dispatches what typing leaves behind; for real keystrokes,
// `tap-and-type` clicks the field (a real click: focus moves into the frame) and sends the keys.
//
// Selectors pierce shadow roots (puppeteer's `>>>`). `foreign-page` opens a page of its own on an origin
// no partner registered (`http://unregistered.invalid`, answered by request interception, never the
// network) that frames the given URL, and reports what reached that page by postMessage; `top-level`
// opens a URL in a tab of its own (as the system browser would) and reads a selector there.

const DEFAULT_TIMEOUT_MS = 8000;

/** The page of a test session (web-test-runner's Chrome launcher). */
function pageOf(session) {
  const page = session.browser.getPage?.(session.id);
  if (!page) throw new Error('unionkit-frame needs the Chrome launcher');
  return page;
}

/** The newest attached frame whose address contains `match` (a frame the page removed is passed over). */
async function frameOf(page, match, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().filter((f) => !f.detached && f.url().includes(match)).at(-1);
    if (frame) {
      await frame.waitForFunction(() => document.readyState === 'complete', { timeout: Math.max(1, until - Date.now()) });
      return frame;
    }
    if (Date.now() > until) throw new Error(`no frame at ${match}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const deep = (selector) => `>>> ${selector}`;

/**
 * The first element matching `selector` in `target` (a page or frame), shadow roots included, polled
 * until `timeoutMs`: puppeteer's own wait watches the document's mutations, which miss what a shadow
 * root renders later.
 */
async function waitDeep(target, selector, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const handle = await target.$(deep(selector));
    if (handle) return handle;
    if (Date.now() > until) throw new Error(`nothing matches ${selector} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The browser routes real keys into a cross-origin frame only in the tab in front, and a new tab comes
 * to the front: what brings a tab forward and types into it, and what opens a tab, take turns here, so
 * a file running beside cannot move the front between a tap and its keys.
 */
let front = Promise.resolve();
function withFront(work) {
  const run = front.then(work, work);
  front = run.catch(() => undefined);
  return run;
}

async function foreignPage(page, { src, timeoutMs }) {
  const origin = 'http://unregistered.invalid';
  const foreign = await page.browserContext().newPage();
  try {
    await foreign.setRequestInterception(true);
    foreign.on('request', (request) => {
      if (request.url().startsWith(origin)) {
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><title>foreign</title><body></body>',
        });
      } else {
        void request.continue();
      }
    });
    await foreign.goto(`${origin}/`);
    // The frame and a listener for every message that reaches this page.
    await foreign.evaluate((frameSrc) => {
      window.received = [];
      window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: JSON.stringify(e.data) }));
      const iframe = document.createElement('iframe');
      window.frameLoaded = new Promise((resolve) => iframe.addEventListener('load', () => resolve(true), { once: true }));
      iframe.src = frameSrc;
      document.body.append(iframe);
    }, src);
    await foreign.waitForFunction(() => window.frameLoaded, { timeout: timeoutMs });
    const frame = foreign.frames().find((f) => f !== foreign.mainFrame());
    const frameUrl = frame?.url() ?? '';
    const frameText = frame && !frameUrl.startsWith('chrome-error:') ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    const received = await foreign.evaluate(() => window.received);
    return { frameUrl, frameText, received };
  } finally {
    await foreign.close();
  }
}

/** Opens `url` in a page of its own (a system browser's tab: no parent) and answers what `selector` shows. */
async function topLevelPage(page, { url, selector, timeoutMs }) {
  const tab = await page.browserContext().newPage();
  try {
    // Like the test pages (web-test-runner.config.mjs createPage): behaves as the focused page.
    await (await tab.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
    const logs = [];
    tab.on('console', (m) => logs.push(m.text()));
    tab.on('pageerror', (e) => logs.push(String(e)));
    await tab.goto(url);
    const handle = await waitDeep(tab, selector, timeoutMs).catch((e) => {
      throw new Error(`${e.message}; the page said:\n${logs.join('\n')}`);
    });
    return { url: tab.url(), text: await handle.evaluate((el) => el.innerText) };
  } finally {
    await tab.close();
  }
}

/** `plugin`: add to web-test-runner's plugins. */
export function frameCommands() {
  return {
    name: 'unionkit-frame',
    async executeCommand({ command, payload, session }) {
      if (command !== 'unionkit-frame') return undefined;
      const page = pageOf(session);
      const timeoutMs = payload.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      if (payload.action === 'foreign-page') return withFront(() => foreignPage(page, { src: payload.src, timeoutMs }));
      if (payload.action === 'top-level') return withFront(() => topLevelPage(page, { url: payload.url, selector: payload.selector, timeoutMs }));
      const frame = await frameOf(page, payload.match, timeoutMs);
      switch (payload.action) {
        case 'wait': {
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          if (payload.text !== undefined) {
            await frame.waitForFunction((el, text) => el.innerText.includes(text), { timeout: timeoutMs }, handle, payload.text);
          }
          return handle.evaluate((el) => el.innerText);
        }
        case 'text': {
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          return handle.evaluate((el) => el.innerText);
        }
        case 'type': {
          // What typing leaves behind (focus, the value, input and change events), dispatched in the
          // frame: files run side by side in one browser, and a tab in the background gets no real keys.
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          await handle.evaluate((el, text) => {
            el.focus();
            el.value = text;
            el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
          }, payload.text);
          return true;
        }
        case 'value': {
          // What a field holds (a textarea's `innerText` is not what was typed into it).
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          return handle.evaluate((el) => el.value);
        }
        case 'tap-and-type': {
          // A real click through the browser's input (mouse events at the element's place) moves focus
          // into the frame and onto the element, as a worker's tap does; then real key events, which the
          // browser routes to the focused frame as a keyboard's. Both in one turn with the tab in front.
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          return withFront(async () => {
            await page.bringToFront();
            await handle.click();
            await page.keyboard.type(payload.text);
            return true;
          });
        }
        case 'select': {
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          await handle.select(payload.text);
          return true;
        }
        case 'click': {
          const handle = await waitDeep(frame, payload.selector, timeoutMs);
          await handle.evaluate((el) => {
            el.focus();
            el.click();
          });
          return true;
        }
        case 'url':
          return frame.url();
        default:
          throw new Error(`unionkit-frame: unknown action ${payload.action}`);
      }
    },
  };
}
