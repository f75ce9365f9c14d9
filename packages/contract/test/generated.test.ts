// The generated types and validators must be what the contract generates today: a contract change
// without `npm run generate` (or a hand edit under src/generated/) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const contract = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

test('src/generated/ is exactly what `npm run generate` makes from openapi/unionkit.yaml', () => {
  const out = mkdtempSync(join(tmpdir(), 'unionkit-generated-'));
  try {
    execFileSync(process.execPath, [join(contract, 'scripts/generate.mjs'), '--out', out], { stdio: 'pipe' });
    const committed = filesBelow(join(contract, 'src/generated'));
    assert.ok(committed.length > 100, 'one validator module per schema');
    assert.deepEqual(filesBelow(out), committed);
    for (const file of committed) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const current = readFileSync(join(contract, 'src/generated', file), 'utf8');
      assert.ok(fresh === current, `src/generated/${file} is stale: run \`npm run generate\``);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('docs/error-codes.md is what `npm run generate` makes from the contract\'s error codes', () => {
  const out = mkdtempSync(join(tmpdir(), 'unionkit-generated-'));
  try {
    const docs = join(out, 'error-codes.md');
    execFileSync(process.execPath, [join(contract, 'scripts/generate.mjs'), '--out', join(out, 'src'), '--docs-out', docs], { stdio: 'pipe' });
    const fresh = readFileSync(docs, 'utf8');
    assert.ok(fresh === readFileSync(join(contract, '../../docs/error-codes.md'), 'utf8'), 'docs/error-codes.md is stale: run `npm run generate`');
    assert.match(fresh, /^<!-- generated — do not edit\./);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every generated file says it is generated and must not be edited', () => {
  for (const file of filesBelow(join(contract, 'src/generated'))) {
    const text = readFileSync(join(contract, 'src/generated', file), 'utf8');
    assert.match(text.split('\n')[0]!, /^\/\/ generated — do not edit\./, file);
  }
});
