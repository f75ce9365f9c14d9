// Browser tests run in Debian's Chromium (never a downloaded browser). Each test file talks to a
// sandbox of its own (scripts/test-sandboxes.mjs) on a real port beside the test server, so the SDK
// and widgets cross a real HTTP and CORS boundary and no file sees another's workers, waitlists or
// sessions. `npm run test:browser:twice` (web-test-runner.twice.config.mjs) runs every file twice in
// one process, the second time in reverse order.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { sandboxPerTestFile } from './scripts/test-sandboxes.mjs';
import { frameCommands } from './scripts/test-frames.mjs';

const sandboxes = sandboxPerTestFile();

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'packages/widgets/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // The runner reuses a tab for the next file, and a tab keeps its sessionStorage across files: a join
  // draft one file left behind made another file's membership widget open at the draft's step. Every
  // file starts with it empty, as on a fresh page. (localStorage is the origin's, shared with the file
  // running beside; the widgets never write it.)
  testRunnerHtml: (testFramework) =>
    `<html><head><script>sessionStorage.clear();</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), sandboxes.plugin, frameCommands()],
  reporters: [defaultReporter(), sandboxes.reporter],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
      // Files run side by side in one browser, and only one page has the focus: a file whose keyboard
      // test took it would leave the other page's focus and blur events unfired. Each page behaves as
      // the focused one, so no file depends on what runs beside it.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};
