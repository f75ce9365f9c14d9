// How the browser tests wait. open-wc's `waitUntil` gives up after one second, and a test that waits
// on the sandbox with it fails whenever a busy machine answers later (the membership withdrawal did,
// in CI). Tests wait through the shared helper module, whose patience is the suite's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const HELPERS = join(SRC, 'internal', 'testing', 'dom.ts');

/** Every TypeScript file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('no widget test waits with open-wc’s one-second waitUntil; only the shared helpers wrap it', () => {
  const offenders = sources(SRC)
    .filter((file) => file !== HELPERS)
    .filter((file) => /import\s*\{[^}]*\bwaitUntil\b[^}]*\}\s*from\s*'@open-wc\/testing'/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(SRC, file));
  assert.deepEqual(offenders, [], 'import waitUntil from internal/testing/dom.js instead');
  assert.match(readFileSync(HELPERS, 'utf8'), /export function waitUntil\(/);
});
