// Browser tests run in Debian's Chromium (never a downloaded browser). The sandbox runs beside the
// test server on a real port, so the SDK and widgets cross a real HTTP and CORS boundary.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startMockServer } from '@unionkit/mock-server/node';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

let sandbox;

/**
 * Serves `/__sandbox.js`, telling the tests where the sandbox listens, and `/__session`, which plays
 * the partner's back end: it mints a widget session with the secret key (never sent to the browser)
 * for `?workerRef=…&components=a,b&verifiedMobile=…&activeOrders=…` and answers the session JSON.
 */
function sandboxPlugin() {
  return {
    name: 'unionkit-sandbox',
    async serverStart() {
      sandbox = await startMockServer({ port: 0, webhookRetry: { attempts: 1, baseDelayMs: 10 } });
    },
    async serverStop() {
      await sandbox?.close();
    },
    async serve(context) {
      if (context.path === '/__sandbox.js') {
        return { body: `export const sandboxUrl = ${JSON.stringify(sandbox.url)};`, type: 'js' };
      }
      if (context.path === '/__session') {
        const q = context.URL.searchParams;
        const body = {
          workerRef: q.get('workerRef') ?? `worker-${Date.now()}`,
          components: (q.get('components') ?? 'membership,insurance,service_map,events,jobs').split(','),
          ...(q.get('verifiedMobile') ? { verifiedMobile: q.get('verifiedMobile') } : {}),
          ...(q.get('activeOrders') ? { attestation: { activeOrdersLast7Days: Number(q.get('activeOrders')) } } : {}),
          ...(q.get('locale') ? { locale: q.get('locale') } : {}),
        };
        const response = await fetch(`${sandbox.url}/v1/widget-sessions`, {
          method: 'POST',
          headers: { authorization: 'Bearer sk_test_demo_delivery', 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { body: await response.text(), type: 'json', status: response.status };
      }
    },
  };
}

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'packages/widgets/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), sandboxPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
