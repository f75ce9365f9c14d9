#!/usr/bin/env node
// Runs every Node test (`packages/*/test/**/*.test.ts`, `examples/*/test/**/*.test.ts`, `test/**/*.test.ts`; browser tests
// excluded) with node:test.
// TypeScript is loaded through tsx; the `source` export condition points workspace packages at src/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) out.push(path);
  }
  return out;
}

// `test/` at the root: what spans the packages (test/pack: the packed tarballs, installed).
const files = ['packages', 'examples']
  .flatMap((root) => readdirSync(root).map((p) => join(root, p, 'test')))
  .concat('test')
  .filter((dir) => { try { return statSync(dir).isDirectory(); } catch { return false; } })
  .flatMap((dir) => find(dir));
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (selected.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  // One file per core (node's default leaves one core free): most files wait on a child process, a
  // server or a browser, so on CI's two cores this takes the suite from ~10 to ~7.5 minutes.
  ['--conditions=source', '--import', 'tsx', '--test', `--test-concurrency=${availableParallelism()}`, '--test-reporter=spec', ...selected],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
