// A front-end app built with Vite in front of this back end and the sandbox, for the framework
// examples (examples/react-app, examples/vue-app): one process runs the sandbox (the union's API), the
// partner back end (mints widget sessions with the secret key: `POST /api/union/session`) and Vite —
// its dev server (`dev`) or the built app (`preview`, what the examples' tests drive) — with `/api`
// proxied to the back end. The page learns the API's base URL from `import.meta.env.VITE_UNIONKIT_API_BASE`.
import { TEST_KEYS } from '@unionkit/mock-server';
import { startMockServer } from '@unionkit/mock-server/node';
import { startPartnerBackend } from './server.mjs';

/**
 * @param {object} options
 * @param {typeof import('vite')} options.vite   the app's own Vite
 * @param {string} options.root                  the app's folder (its vite.config.* is used)
 * @param {'dev' | 'preview'} [options.mode]     `preview` builds the app first (into `outDir`) and serves the build
 * @param {string} [options.outDir]              where `preview` builds (default the app's `dist/`)
 * @param {number} [options.port]                the app; 0 picks a free port (default PORT or 5173)
 * @param {number} [options.sandboxPort]         the sandbox; 0 picks a free port (default SANDBOX_PORT or 0)
 * @param {string} [options.host]                default 127.0.0.1
 */
export async function startViteApp({
  vite,
  root,
  mode = 'dev',
  outDir,
  port = Number(process.env.PORT ?? 5173),
  sandboxPort = Number(process.env.SANDBOX_PORT ?? 0),
  host = '127.0.0.1',
}) {
  const sandbox = await startMockServer({ port: sandboxPort, host });
  const apiBaseUrl = `http://${host}:${sandbox.port}/v1`;
  const closers = [() => sandbox.close()];
  const close = async () => {
    for (const c of closers.reverse()) await c();
  };
  try {
    const backend = await startPartnerBackend({ apiBaseUrl, secretKey: process.env.UNIONKIT_SECRET_KEY ?? TEST_KEYS.secretKey, host });
    closers.push(() => backend.close());
    const shared = { root, logLevel: /** @type {const} */ ('warn'), define: { 'import.meta.env.VITE_UNIONKIT_API_BASE': JSON.stringify(apiBaseUrl) } };
    const server = { host, port, strictPort: port !== 0, proxy: { '/api': backend.url } };
    let url;
    if (mode === 'preview') {
      await vite.build({ ...shared, build: { outDir, emptyOutDir: true } });
      const preview = await vite.preview({ ...shared, build: { outDir }, preview: server });
      closers.push(() => new Promise((resolve) => preview.httpServer.close(() => resolve(undefined))));
      url = preview.resolvedUrls?.local[0];
    } else {
      const dev = await vite.createServer({ ...shared, server });
      await dev.listen();
      closers.push(() => dev.close());
      url = dev.resolvedUrls?.local[0];
    }
    return { url: url ?? '', apiBaseUrl, sandbox, backend, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * `npm start` of a framework example: starts it (dev server), prints where, and closes everything on
 * Ctrl-C (SIGINT) or SIGTERM.
 * @param {{ vite: typeof import('vite'), root: string, name: string }} options
 */
export async function runViteApp({ vite, root, name }) {
  const app = await startViteApp({ vite, root });
  console.log(`${name}: ${app.url}  (sandbox ${app.apiBaseUrl})`);
  const stop = () => app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return app;
}
