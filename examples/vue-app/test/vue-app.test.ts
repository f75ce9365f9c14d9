// The Vue example as a platform runs it: built with Vite (`vite build`), served with the sandbox and
// the partner back end behind it, and driven in Chromium (Debian's, never a download): the membership
// widget renders inside <union-provider> as custom elements (`isCustomElement`), with a session the back
// end minted, and its union-* events reach the Vue listeners. vue-tsc checks the templates with the
// GlobalComponents typings (`@unionkit/widgets/vue`, `strictTemplates`): the app passes, and a misspelt
// prop or event, or a wrong detail field, fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertMembershipWidgetHeard, frameworkAppHooks } from '../../partner-backend/test/support/framework-app.js';

const APP_DIR = fileURLToPath(new URL('../', import.meta.url));
const state = frameworkAppHooks(APP_DIR);

test('the membership widget renders in Vue and its union-ready event reaches the @union-ready listener', async () => {
  await assertMembershipWidgetHeard(state);
});

test('vue-tsc passes the app, and fails a misspelt prop or event, or a wrong detail field', () => {
  // One vue-tsc run over the app and a copy of App.vue with three mistakes, in a folder of the app's
  // own (so it resolves the same packages), removed afterwards.
  const source = readFileSync(join(APP_DIR, 'src/App.vue'), 'utf8');
  const mistakes: [from: string, to: string][] = [
    [':base-url=', ':base-urll='],
    ['@union-ready=', '@union-redy='],
    ['event.detail.applicationId', 'event.detail.applicationID'],
  ];
  let broken = source;
  for (const [from, to] of mistakes) {
    assert.ok(broken.includes(from), `App.vue has ${from}`);
    broken = broken.replace(from, to);
  }
  const dir = mkdtempSync(join(APP_DIR, '.typecheck-'));
  try {
    writeFileSync(join(dir, 'Broken.vue'), broken.replace("from './session.js'", "from '../src/session.js'"));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['../src/**/*.ts', '../src/**/*.vue', 'Broken.vue'] }));
    const vueTsc = createRequire(import.meta.url).resolve('vue-tsc/bin/vue-tsc.js');
    const run = spawnSync(process.execPath, [vueTsc, '-p', join(dir, 'tsconfig.json')], { cwd: APP_DIR, encoding: 'utf8' });
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => /error TS/.test(l));
    assert.deepEqual(lines.filter((l) => !l.includes('Broken.vue')), [], 'the app itself type-checks');
    const errors = lines.join('\n');
    assert.match(errors, /'baseUrll' does not exist/);
    assert.match(errors, /'onUnionRedy' does not exist/);
    assert.match(errors, /'applicationID' does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
