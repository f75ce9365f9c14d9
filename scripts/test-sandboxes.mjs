// A sandbox of its own for every browser test file, so that no file depends on another or on the
// order they run in: a file passes alone, in any order, twice in one runner process and on each
// rerun in watch mode.
//
// The page asks through web-test-runner's server commands (packages/widgets/src/internal/testing/
// session.ts): `unionkit-sandbox` answers the URL of its sandbox, `unionkit-session` mints a widget
// session there, `unionkit-sandbox-advance` moves its clock on, `unionkit-union-token` and
// `unionkit-union-fetch` play the union's hosted page (a union token; its requests without a partner Origin).
// Each sandbox also serves the union's
// hosted page (packages/widgets/dist/hosted) at /hosted/ on its own origin. A command carries the test
// session (one per file, per group, per browser) and its test run (a watch-mode rerun is a new run),
// so each run of each file gets a fresh sandbox — one `startMockServer` on a port of its own, which
// costs the same as a `createSandbox()` behind a shared router (seeding the store is nearly all of
// it, ~0.3 s) and keeps the real HTTP adapter.
// A sandbox is closed when its file is reported finished, or when the same file runs again.
import { TEST_KEYS } from '@unionkit/mock-server';
import { startMockServer } from '@unionkit/mock-server/node';
import { fileURLToPath } from 'node:url';
const ALL_COMPONENTS = ['membership', 'insurance', 'service_map', 'events', 'jobs'];
/**
 * The union's hosted page (the widgets' hosted build), served by each sandbox on its own origin at
 * /hosted/; `UNIONKIT_HOSTED_DIR` points at another build (e.g. one made to prove a test can fail).
 */
const HOSTED_DIR = process.env.UNIONKIT_HOSTED_DIR ?? fileURLToPath(new URL('../packages/widgets/dist/hosted/', import.meta.url));

const keyOf = (session) => `${session.id}#${session.testRun}`;

/**
 * `plugin` serves the commands; `reporter` frees a file's sandboxes once its results are in (add it
 * beside the default reporter).
 */
export function sandboxPerTestFile(options = {}) {
  /** Sandboxes being started or running, by test session and run. */
  const sandboxes = new Map();
  /** One started ahead, so a file does not wait for the seed. */
  let spare;

  const start = () => {
    const server = startMockServer({ port: 0, host: '127.0.0.1', webhookRetry: { attempts: 1, baseDelayMs: 10 }, hostedDir: HOSTED_DIR, ...options });
    server.catch(() => undefined);
    return server;
  };

  const close = (key) => {
    const server = sandboxes.get(key);
    sandboxes.delete(key);
    return server?.then((s) => s.close()).catch(() => undefined);
  };

  const sandboxFor = (session) => {
    const key = keyOf(session);
    let server = sandboxes.get(key);
    if (!server) {
      // The same file's earlier run is over: it gets no more requests.
      for (const old of [...sandboxes.keys()]) if (old.startsWith(`${session.id}#`)) void close(old);
      server = spare ?? start();
      spare = start();
      sandboxes.set(key, server);
    }
    return server;
  };

  /** Plays the partner's back end: mints a session with the secret key for `params`. */
  const mint = async (server, params = {}) => {
    const body = {
      workerRef: params.workerRef ?? `worker-${crypto.randomUUID()}`,
      components: params.components ?? ALL_COMPONENTS,
      ...(params.verifiedMobile ? { verifiedMobile: params.verifiedMobile } : {}),
      ...(params.activeOrders !== undefined ? { attestation: { activeOrdersLast7Days: params.activeOrders } } : {}),
      ...(params.locale ? { locale: params.locale } : {}),
    };
    const response = await fetch(`${server.url}/v1/widget-sessions`, {
      method: 'POST',
      // The demo partner's secret key: only this server-side helper holds it, never the browser.
      headers: { authorization: `Bearer ${TEST_KEYS.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.text() };
  };

  /** POSTs `body` with `token` to `path` below /v1, as a server would (no Origin). */
  const post = async (server, token, path, body) => {
    const response = await fetch(`${server.url}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} failed: ${response.status} ${text}`);
    return JSON.parse(text);
  };

  const unionToken = async (server, clientToken) => {
    const challenge = await post(server, clientToken, '/union-sessions', { mobile: '13800138000' });
    return (await post(server, clientToken, `/union-sessions/${challenge.id}/confirm`, { code: '000000' })).token;
  };

  /** Only to this file's sandbox: `path` is below its URL. */
  const relay = async (server, { method, path, headers, body }) => {
    const url = new URL(path, server.url);
    if (url.origin !== new URL(server.url).origin) return { status: 400, headers: [], body: '' };
    const response = await fetch(url, { method, headers: headers.filter(([name]) => name.toLowerCase() !== 'origin'), body: body ?? undefined });
    return { status: response.status, headers: [...response.headers], body: await response.text() };
  };

  const plugin = {
    name: 'unionkit-sandbox',
    serverStart() {
      spare ??= start();
    },
    async serverStop() {
      await Promise.all([...sandboxes.keys()].map(close));
      await spare?.then((s) => s.close()).catch(() => undefined);
      spare = undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'unionkit-sandbox') return (await sandboxFor(session)).url;
      if (command === 'unionkit-session') return mint(await sandboxFor(session), payload);
      // Moves this file's sandbox clock on (e.g. past a client token's 15 minutes).
      if (command === 'unionkit-sandbox-advance') {
        (await sandboxFor(session)).sandbox.store.clock.advance(Number(payload?.ms) || 0);
        return true;
      }
      // The union's hosted page: a union token for a worker's client token (the SMS step, sandbox
      // code 000000), asked from the server, which sends no Origin (a partner's page is refused one).
      if (command === 'unionkit-union-token') return unionToken(await sandboxFor(session), payload?.clientToken);
      // A request as the union's page on its own origin makes it (no partner Origin), relayed as is.
      if (command === 'unionkit-union-fetch') return relay(await sandboxFor(session), payload);
      return undefined;
    },
  };

  const reporter = {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) void close(keyOf(session));
    },
  };

  return { plugin, reporter };
}
