#!/usr/bin/env node
// UnionKit 骑手演示 — the rider-app demo. One process runs three things:
//   1. the sandbox (the union's API, `@unionkit/mock-server`) on SANDBOX_PORT (default 4010);
//   2. the platform's tiny back end (`examples/partner-backend`) on PORT (default 8080): it holds the
//      secret key, mints widget sessions for the logged-in rider and receives the union's webhooks;
//   3. on the same server, the rider app's pages (`public/`) and the widgets' ready-to-serve bundle
//      (`/widgets/*` ← `packages/widgets/dist/bundle/`).
// The browser talks to the sandbox directly with a short-lived `wst_` client token; it never sees `sk_`.
// Files go out compressed and cacheable for riders on a weak network (static.mjs); each browser is a
// rider of its own, and can start over as a new one (rider.mjs).
//
//   npm start                      (from the repository root: builds everything, then runs this)
//   node examples/rider-app/server.mjs   (once built)
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readJsonBody, startPartnerBackend } from '@unionkit/example-partner-backend';
import { TEST_KEYS } from '@unionkit/mock-server';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { sandboxAction } from './sandbox-actions.mjs';
import { currentRider, newWorkerRef, riderCookie, workerRefFromCookie } from './rider.mjs';
import { COMMON_HEADERS, CONTENT_TYPES, IMMUTABLE, REVALIDATE, isContentHashed, preloadLinks, sendFile, sendRepresentation } from './static.mjs';

const require = createRequire(import.meta.url);
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
/** The widgets' `dist/bundle/`: one entry per element + shared chunks (`npm run build -w @unionkit/widgets`). */
export const WIDGETS_DIR = join(dirname(require.resolve('@unionkit/widgets/package.json')), 'dist', 'bundle');
/**
 * The union's hosted page (`dist/hosted/`), served by the sandbox at `/hosted/` on ITS origin (another
 * port than the app's), so a confidential request's frame is cross-origin here as in production.
 */
export const HOSTED_DIR = join(dirname(require.resolve('@unionkit/widgets/package.json')), 'dist', 'hosted');

/** The page's static files; nothing else under public/ is served. */
const PUBLIC_FILES = new Set(['app.js', 'inspector.js', 'union-flows.js', 'app.css', 'union-flows.css', 'favicon.svg']);

/**
 * Trusted Types policies the page may create: `lit-html` is Lit's (it renders templates through it);
 * `default` is app.js's, which lets through exactly one constant string, Leaflet's `'<svg/>'` feature
 * probe, and refuses everything else. Nothing on the page assigns HTML strings itself (app.js builds
 * DOM with textContent). No 'allow-duplicates': each policy is created once.
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'default'];

/** The Content-Security-Policy of the page. `sandboxOrigin` is where the widgets call the API. */
export function contentSecurityPolicy(sandboxOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Map tiles come from whatever https tile server the host configures; markers are data:/blob:.
    "img-src 'self' data: blob: https:",
    `connect-src 'self' ${sandboxOrigin}`,
    // The union's hosted page (confidential help requests), on the union's origin: the sandbox's here.
    `frame-src ${sandboxOrigin}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');
}

const isWildcard = (host) => host === '0.0.0.0' || host === '::' || host === '';
const urlHost = (host) => (host.includes(':') ? `[${host}]` : host);

/** The host name the browser used (from `Host`), if it is a plain name or address; else `localhost`. */
function pageHostname(req) {
  const raw = String(req.headers.host ?? '');
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]{1,253})(?::\d{1,5})?$/.exec(raw);
  return match ? match[1].toLowerCase() : 'localhost';
}

/** Fails early, with a message that says what to do, when `port` is taken (0 is always free). */
function assertPortFree(port, host, what, envName) {
  if (!port) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(listenError(error, what, port, envName)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function listenError(error, what, port, envName) {
  if (error && error.code === 'EADDRINUSE') {
    return new Error(`${what}: 端口 ${port} 已被占用 port ${port} is in use — set ${envName} to another port.`);
  }
  return error;
}

/**
 * Starts the sandbox, the partner back end and the rider app on it.
 * @param {object} [options]
 * @param {number} [options.port]          the rider app + back end; 0 picks a free port (default PORT or 8080)
 * @param {string} [options.host]          listen address (default HOST or 0.0.0.0)
 * @param {number} [options.sandboxPort]   the sandbox; 0 picks a free port (default SANDBOX_PORT or 4010,
 *                                          or a free port when 4010 is taken and SANDBOX_PORT is not set)
 * @param {string} [options.secretKey]     the platform's secret key (default UNIONKIT_SECRET_KEY or the sandbox's)
 */
export async function startRiderApp({
  port = Number(process.env.PORT ?? 8080),
  host = process.env.HOST ?? '0.0.0.0',
  sandboxPort = process.env.SANDBOX_PORT === undefined ? undefined : Number(process.env.SANDBOX_PORT),
  secretKey = process.env.UNIONKIT_SECRET_KEY ?? TEST_KEYS.secretKey,
} = {}) {
  // The partner back end does not report a taken port; check first.
  await assertPortFree(port, host, 'rider app', 'PORT');
  let sandbox;
  try {
    sandbox = await startMockServer({ port: sandboxPort ?? 4010, host, hostedDir: HOSTED_DIR });
  } catch (error) {
    if (sandboxPort === undefined && error?.code === 'EADDRINUSE') sandbox = await startMockServer({ port: 0, host, hostedDir: HOSTED_DIR });
    else throw listenError(error, 'sandbox', sandboxPort, 'SANDBOX_PORT');
  }
  // How this process reaches the sandbox (a wildcard address is not something to connect to).
  const internalHost = isWildcard(host) ? '127.0.0.1' : host;
  const apiBaseUrl = `http://${urlHost(internalHost)}:${sandbox.port}/v1`;
  // Sandbox-only operations the demo offers (playing the union's part); the page never gets this client.
  const union = new UnionClient({ baseUrl: apiBaseUrl, token: secretKey });
  // The partner the secret key belongs to: the union's records know the rider as `partnerId/workerRef`.
  const partnerId = [...sandbox.sandbox.store.partners.values()].find((p) => p.secretKey === secretKey)?.id;

  /** The sandbox as the browser reaches it: same host name as the page, the sandbox's port. */
  const sandboxOriginFor = (req) => `http://${pageHostname(req)}:${sandbox.port}`;

  let backend;
  try {
    backend = await startPartnerBackend({
      apiBaseUrl,
      secretKey,
      port,
      host,
      currentRider,
      fallback: (req, res) => serveApp(req, res, { sandboxOriginFor, union, apiBaseUrl, backend, store: sandbox.sandbox.store, partnerId }),
    });
  } catch (error) {
    await sandbox.close();
    throw listenError(error, 'rider app', port, 'PORT');
  }
  const appPort = Number(new URL(backend.url).port);
  const url = `http://${isWildcard(host) ? 'localhost' : urlHost(host)}:${appPort}/`;

  let closing;
  return {
    url,
    port: appPort,
    /** The sandbox's origin as seen from this machine (`http://localhost:4010`). */
    sandboxUrl: `http://${isWildcard(host) ? 'localhost' : urlHost(host)}:${sandbox.port}`,
    apiBaseUrl,
    sandbox,
    backend,
    close() {
      closing ??= (async () => {
        await backend.close();
        await sandbox.close();
      })();
      return closing;
    },
  };
}

/** The widget entry the page loads first; it and the chunks it imports are preloaded by the HTML. */
const PRELOADED_ENTRIES = ['provider.js'];

/**
 * The fallback of the partner back end: the app's pages, the widget bundle, starting over as a new
 * rider, and a sandbox-only action.
 */
async function serveApp(req, res, context) {
  const { pathname } = new URL(req.url ?? '/', 'http://app');
  const method = req.method ?? 'GET';

  if (method === 'POST' && pathname === '/api/sandbox/membership-decision') {
    return decideMembership(req, res, context);
  }
  if (method === 'POST' && pathname.startsWith('/api/sandbox/')) {
    // Sandbox only: play the union for the paid cover, claims and help requests (sandbox-actions.mjs).
    return sandboxAction(pathname, {
      union: context.union,
      store: context.store,
      partnerId: context.partnerId,
      workerRef: currentRider(req).workerRef,
      json: (status, body) => json(res, status, body),
    });
  }
  if (method === 'POST' && pathname === '/api/demo/new-rider') {
    // Start over: a new workerRef, so the next session is a rider the union has never seen.
    const workerRef = newWorkerRef();
    json(res, 200, { workerRef }, { 'set-cookie': riderCookie(workerRef) });
    return true;
  }
  if (method !== 'GET' && method !== 'HEAD') return false;

  if (pathname === '/' || pathname === '/index.html') {
    const sandboxOrigin = context.sandboxOriginFor(req);
    const template = await readFile(join(PUBLIC_DIR, 'index.html'), 'utf8');
    const body = template
      .replaceAll('__UNIONKIT_API_BASE__', `${sandboxOrigin}/v1`)
      .replace('<!-- __UNIONKIT_PRELOADS__ -->', await preloadLinks(WIDGETS_DIR, PRELOADED_ENTRIES, '/widgets/'));
    // A browser that comes for the first time is a rider of its own.
    const cookie = workerRefFromCookie(req) ? {} : { 'set-cookie': riderCookie(newWorkerRef()) };
    await sendRepresentation(req, res, 200, body, {
      'content-type': CONTENT_TYPES['.html'],
      'cache-control': REVALIDATE,
      'content-security-policy': contentSecurityPolicy(sandboxOrigin),
      'cross-origin-opener-policy': 'same-origin',
      // The union's hosted frame may ask for the position (the nearest legal-aid station to book at).
      'permissions-policy': `camera=(), microphone=(), payment=(), geolocation=(self "${sandboxOrigin}")`,
      ...cookie,
    });
    return true;
  }

  const file = /^\/([A-Za-z0-9_-][A-Za-z0-9._-]*)$/.exec(pathname)?.[1];
  if (file && PUBLIC_FILES.has(file)) return sendFile(req, res, PUBLIC_DIR, file, REVALIDATE);

  const widgetFile = /^\/widgets\/([A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:js|map|css))$/.exec(pathname)?.[1];
  if (widgetFile) {
    // Chunks are named by their content and never change; entries keep their names and are revalidated.
    return sendFile(req, res, WIDGETS_DIR, widgetFile, isContentHashed(widgetFile) ? IMMUTABLE : REVALIDATE);
  }
  return false;
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const OPEN_APPLICATION = new Set(['submitted', 'under_review', 'needs_info']);

/**
 * The logged-in rider's open membership application, as the union sees it. Sandbox only: the demo
 * plays the union here (through a session of the rider's own), so it can decide an application even
 * when the rider did not let the platform learn about it — the page is never told its id then.
 */
async function openApplicationOf(req, { union, apiBaseUrl }) {
  const { workerRef } = currentRider(req);
  const session = await union.widgetSessions.create({ workerRef, components: ['membership'] });
  const asUnion = new UnionClient({ baseUrl: apiBaseUrl, token: session.clientToken });
  for await (const application of asUnion.membership.listApplications({ limit: 100 })) {
    if (OPEN_APPLICATION.has(application.status)) return application.id;
  }
  return undefined;
}

/**
 * Sandbox only: play the union and decide the rider's membership application, so the demo can show
 * what the platform learns then (the `member.status_changed` webhook, only with the rider's consent
 * to share) and the member-only plans. A real platform cannot do this.
 * Body `{ decision?: 'approve' | 'reject' | 'needs_info', applicationId? }` (default: approve the
 * logged-in rider's open application); answers `{ id, status }`, or 409 `no_open_application`.
 */
async function decideMembership(req, res, context) {
  const { value: body, error } = await readJsonBody(req, 1024);
  if (error) {
    json(res, error === 'too_large' ? 413 : 400, { error });
    return true;
  }
  const { applicationId, decision = 'approve' } = body ?? {};
  const idOk = applicationId === undefined || (typeof applicationId === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(applicationId));
  if (!idOk || !['approve', 'reject', 'needs_info'].includes(decision)) {
    json(res, 422, { error: 'validation_failed' });
    return true;
  }
  const id = applicationId ?? (await openApplicationOf(req, context));
  if (!id) {
    json(res, 409, { error: 'no_open_application' });
    return true;
  }
  // After a sandbox reset the union has forgotten the platform's webhook endpoint: register it again
  // first, or the platform would never hear of this decision.
  await context.backend.ensureWebhookEndpoint().catch(() => undefined);
  const note = decision === 'approve' ? undefined : '沙箱演示 Sandbox demo';
  const application = await context.union.sandbox.decideMembershipApplication(id, note ? { decision, note } : { decision });
  json(res, 200, { id: application.id, status: application.status });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let app;
  try {
    app = await startRiderApp();
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  try {
    await stat(join(WIDGETS_DIR, 'provider.js'));
  } catch {
    console.warn('! 组件包未构建 The widget bundle is missing: run `npm run build` (or `npm run build -w @unionkit/widgets`).');
  }
  console.log('');
  console.log(`UnionKit 骑手演示 rider-app demo: ${app.url}`);
  console.log(`  沙箱 sandbox API:            ${app.sandboxUrl}/v1   (secret key ${TEST_KEYS.secretKey} stays on the server)`);
  console.log(`  平台后端 partner back end:    POST ${app.url}api/union/session · POST ${app.url}webhooks/unionkit`);
  console.log('  沙箱短信验证码 sandbox SMS code: 000000');
  console.log('  Ctrl-C 停止 to stop');
  console.log('');
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
