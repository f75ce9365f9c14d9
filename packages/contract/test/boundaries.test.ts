// What the contract package is for: the sandbox builds on it and never on the client, and no package
// reads a library's private internals (zod's `_zod`) to find what a schema allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../../', import.meta.url));

/** Every hand-written TypeScript source of a package (generated code aside). */
function sources(pkg: string): string[] {
  const dir = join(packages, pkg, 'src');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('generated'))
    .map((f) => join(dir, f));
}

test('the sandbox imports the contract, never the client', () => {
  const files = sources('mock-server');
  assert.ok(files.length > 30);
  for (const file of files) assert.doesNotMatch(readFileSync(file, 'utf8'), /from '@unionkit\/sdk/, file);
  assert.ok(files.some((f) => readFileSync(f, 'utf8').includes("from '@unionkit/contract")));
});

test("no package reads zod's private internals", () => {
  for (const pkg of ['contract', 'sdk', 'mock-server', 'widgets']) {
    for (const file of sources(pkg)) assert.doesNotMatch(readFileSync(file, 'utf8'), /\._zod\b|\['_zod'\]/, file);
  }
});
