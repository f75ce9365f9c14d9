// What the framework examples' tests (examples/react-app, examples/vue-app) share: the app built with
// Vite and served with the sandbox and the partner back end behind it (vite-app.mjs, `preview`), and
// Chromium (Debian's, never a download) before the file's tests, both stopped after them; and the
// check that the membership widget renders with the minted session and that its union-ready event
// reached the framework's listener (the page lists what its listeners heard in #heard).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vite from 'vite';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startViteApp } from '../../vite-app.mjs';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { newPage, waitReady } from '../../../rider-app/test/support/page.js';

export type FrameworkApp = Awaited<ReturnType<typeof startViteApp>>;

const WAIT_MS = 30_000;

/** Builds and serves the app in `root`, and starts Chromium, for this file's tests; read the fields inside the tests. */
export function frameworkAppHooks(root: string): { readonly app: FrameworkApp; readonly browser: Browser } {
  const state = {} as { app: FrameworkApp; browser: Browser };
  const outDir = mkdtempSync(join(tmpdir(), 'unionkit-framework-app-'));
  before(
    async () => {
      state.app = await startViteApp({ vite, root, mode: 'preview', outDir, port: 0 });
      state.browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await state.browser?.close();
    await state.app?.close();
    rmSync(outDir, { recursive: true, force: true });
  });
  return state;
}

/**
 * Opens the app: the membership widget shows the join flow (from the sandbox, through the session the
 * back end minted), its union-ready reached the framework's listener, no union-error did, and the
 * provider got `fetchToken` as a property (a function), not as an attribute.
 */
export async function assertMembershipWidgetHeard({ app, browser }: { app: FrameworkApp; browser: Browser }): Promise<void> {
  const page = await newPage(browser);
  try {
    await page.goto(app.url, { waitUntil: 'load' });
    await waitReady(page, 'union-membership-join', 1, WAIT_MS);
    await page.waitForFunction(() => /加入工会|入会/.test(document.querySelector('union-membership-join')?.shadowRoot?.textContent ?? ''), { timeout: WAIT_MS });
    await page.waitForFunction(() => /ready: (ready|empty)/.test(document.getElementById('heard')?.textContent ?? ''), { timeout: WAIT_MS });
    assert.doesNotMatch(await page.$eval('#heard', (el) => el.textContent ?? ''), /error:/, 'no union-error');
    assert.equal(await page.$eval('union-provider', (el) => typeof (el as unknown as { fetchToken: unknown }).fetchToken), 'function');
    assert.equal(await page.$eval('union-provider', (el) => el.hasAttribute('fetch-token') || el.hasAttribute('fetchtoken')), false);
  } finally {
    await page.browserContext().close();
  }
}
