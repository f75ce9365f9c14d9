// The package root exports what the README's "Exports" section lists, and importing it does no work:
// no sandbox is made (no store seeded) until someone calls createSandbox().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '../src/store/store.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');

/** The first backticked name of each list item in the README's "## Exports" section. */
function documentedExports(): string[] {
  const section = /^## Exports\n([\s\S]*?)(?=^## |^Layout:)/m.exec(readme)?.[1];
  assert.ok(section, 'README.md has an "## Exports" section');
  return [...section.matchAll(/^- `([A-Za-z_]\w*)`/gm)].map((m) => m[1]!).sort();
}

test('importing @unionkit/mock-server seeds no store; createSandbox() does', async () => {
  // Every store fills itself from the seed in init(), on construction and on reset().
  const proto = Store.prototype as unknown as { init(): void };
  const init = proto.init;
  let seeded = 0;
  proto.init = function (this: unknown) {
    seeded++;
    return init.call(this);
  };
  try {
    const root = await import('@unionkit/mock-server');
    assert.equal(seeded, 0, 'a store was seeded at import time');
    root.createSandbox().dispose();
    assert.equal(seeded, 1);
  } finally {
    proto.init = init;
  }
});

test('@unionkit/mock-server exports exactly what its README documents', async () => {
  const root = await import('@unionkit/mock-server');
  const documented = documentedExports();
  assert.deepEqual(documented, ['TEST_KEYS', 'createClock', 'createSandbox']);
  assert.deepEqual(Object.keys(root).sort(), documented);
});
