// The two pages the embed bench opens, served by one small server from the widget bundle as built
// (packages/widgets/dist/bundle):
//   /embedded.html  <union-job-listings> on the page, as docs/widgets.en.md shows it (modulepreload of
//                   the entry and the chunks it imports, the scripts `async`, the token asked of the
//                   page's server by a plain script at the top of the page and handed over as
//                   `initialToken` by a plain script inside the provider, a fetchToken for later ones);
//   /framed.html    the same embedded.html in an <iframe> from another site (`localhost` under a
//                   `127.0.0.1` page), which is what iframe-based kits do;
//   /floor.html     no widget code at all: a plain script asks for the token, then the same first page
//                   of jobs, and writes the first title into the page — the least any embed can take
//                   on this machine, printed beside the budget so that it reads against what is possible.
// Both pages report, to the bench, the moment the first job item is in the widget's shadow DOM.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { COMMON_HEADERS, CONTENT_TYPES, IMMUTABLE, REVALIDATE, isContentHashed, preloadLinks, sendFile } from '../../examples/rider-app/static.mjs';
import { ROOT } from './servers.mjs';

/** The bundle as `npm run build -w @unionkit/widgets` leaves it, or one built elsewhere (UNIONKIT_WIDGETS_DIR). */
export const WIDGETS_DIR = process.env.UNIONKIT_WIDGETS_DIR ?? join(ROOT, 'packages', 'widgets', 'dist', 'bundle');
const SECRET_KEY = 'sk_test_demo_delivery';

/**
 * Watches for the first job item every animation frame (an item is in the widget's shadow root, where
 * no MutationObserver of the page can see) and reports its time since the epoch: to the bench's
 * binding on a top page, to the parent in a frame.
 */
const WATCH_FIRST_ITEM = `
  const seen = () => document.querySelector('union-job-listings')?.shadowRoot?.querySelector('[data-job-id]');
  const watch = () => {
    if (!seen()) return requestAnimationFrame(watch);
    const at = performance.timeOrigin + performance.now();
    if (window.parent !== window) window.parent.postMessage({ firstItemAt: at }, '*');
    else window.__benchFirstItem?.(at);
  };
  requestAnimationFrame(watch);`;

/** Asks the page's server for a widget session and answers its client token. */
const SESSION = `() => fetch('/api/union/session', { method: 'POST' }).then((r) => r.json()).then((s) => s.clientToken)`;

/** An HTML page: the bench's three share everything but the title, what the head loads and the body. */
function page(title, head, body, bodyAttributes = '') {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
  </head>
  <body${bodyAttributes}>
    ${body}
  </body>
</html>`;
}

function embeddedPage(apiBase, preloads) {
  return page(
    'Embedded job listings',
    `<script>
      window.unionToken = (${SESSION})();
    </script>
    ${preloads}
    <script type="module" async src="/widgets/provider.js"></script>
    <script type="module" async src="/widgets/job-listings.js"></script>`,
    `<union-provider base-url="${apiBase}" locale="zh-CN">
      <script>
        Object.assign(document.currentScript.parentElement, { initialToken: window.unionToken, fetchToken: ${SESSION} });
      </script>
      <union-job-listings></union-job-listings>
    </union-provider>
    <script>${WATCH_FIRST_ITEM}</script>`,
  );
}

function floorPage(apiBase) {
  return page(
    'No widget: token, jobs, one title',
    `<script>
      (${SESSION})()
        .then((token) => fetch(${JSON.stringify(`${apiBase}/job-postings?limit=10`)}, { headers: { authorization: 'Bearer ' + token } }))
        .then((r) => r.json())
        .then((page) => {
          const item = document.createElement('p');
          item.textContent = page.data[0].title;
          document.body.append(item);
          requestAnimationFrame(() => window.__benchFirstItem?.(performance.timeOrigin + performance.now()));
        });
    </script>`,
    '',
  );
}

function framedPage(frameUrl) {
  return page(
    'Framed job listings',
    '',
    `<iframe src="${frameUrl}" title="工会服务 Union services" style="display:block;width:100%;height:900px;border:0"></iframe>
    <script>
      addEventListener('message', (e) => {
        if (e.origin === new URL(${JSON.stringify(frameUrl)}).origin && e.data && typeof e.data.firstItemAt === 'number') {
          window.__benchFirstItem?.(e.data.firstItemAt);
        }
      });
    </script>`,
    ' style="margin:0"',
  );
}

/**
 * Serves the pages on `port` (0: a free one), on every loopback address so that both `127.0.0.1` and
 * `localhost` reach it at once. `apiBase` is the sandbox's `/v1`, where the page's server mints
 * sessions with the secret key and the widget calls with the client token.
 */
export async function startWidgetPages({ apiBase }) {
  const preloads = await preloadLinks(WIDGETS_DIR, ['provider.js', 'job-listings.js'], '/widgets/');
  let port = 0;
  let workers = 0;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://pages');
    try {
      if (req.method === 'POST' && pathname === '/api/union/session') {
        // Every page load is a new rider, so no run finds another's state.
        const minted = await fetch(`${apiBase}/widget-sessions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ workerRef: `bench-embed-${++workers}`, components: ['jobs'] }),
        });
        res.writeHead(minted.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(await minted.text());
        return;
      }
      const html =
        pathname === '/embedded.html'
          ? embeddedPage(apiBase, preloads)
          : pathname === '/framed.html'
            ? framedPage(`http://localhost:${port}/embedded.html`)
            : pathname === '/floor.html'
              ? floorPage(apiBase)
              : null;
      if (html !== null) {
        res.writeHead(200, { ...COMMON_HEADERS, 'content-type': CONTENT_TYPES['.html'], 'cache-control': REVALIDATE });
        res.end(html);
        return;
      }
      const file = /^\/widgets\/([A-Za-z0-9_-][A-Za-z0-9._-]*\.js)$/.exec(pathname)?.[1];
      if (file && (await sendFile(req, res, WIDGETS_DIR, file, isContentHashed(file) ? IMMUTABLE : REVALIDATE))) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    // `::` takes IPv4 too (dual stack): `localhost` answers on ::1 or 127.0.0.1, whichever is tried.
    server.listen(0, '::', resolve);
  });
  port = server.address().port;
  return {
    embeddedUrl: `http://127.0.0.1:${port}/embedded.html`,
    framedUrl: `http://127.0.0.1:${port}/framed.html`,
    floorUrl: `http://127.0.0.1:${port}/floor.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
