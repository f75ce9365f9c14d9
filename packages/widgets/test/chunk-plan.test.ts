// The chunk plan reads the module graph, through barrels of every shape: a small bundle of two entries
// that import the same library through `export *`, `export { … } from` and namespace imports is built
// with the plugin, and each module must land where the entries that need it say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rollup, type OutputAsset, type OutputChunk } from 'rollup';
import { chunkPlan } from '../scripts/chunk-plan.mjs';
import type { ChunkManifest } from '../scripts/chunks.mjs';

/** Builds `files` (path → source) with entries `a` and `b` and a shared entry `shared`; returns the manifest. */
async function build(files: Record<string, string>): Promise<{ manifest: ChunkManifest; chunkOf: (module: string) => string }> {
  const root = mkdtempSync(join(tmpdir(), 'chunk-plan-'));
  try {
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), source);
    }
    const bundle = await rollup({
      input: { a: join(root, 'a.js'), b: join(root, 'b.js'), shared: join(root, 'shared.js') },
      plugins: [chunkPlan({ shared: ['shared'], root })],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', entryFileNames: '[name].js' });
    const asset = output.find((o): o is OutputAsset => o.type === 'asset' && o.fileName === 'chunks.json')!;
    const manifest = JSON.parse(String(asset.source)) as ChunkManifest;
    const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
    const chunkOf = (module: string) => chunks.find((c) => c.moduleIds.includes(join(root, module)))?.fileName ?? 'none';
    return { manifest, chunkOf };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const LIB = {
  // A barrel of barrels, as `@unionkit/sdk` re-exports `@unionkit/contract`.
  'lib/index.js': `export * from './inner.js';\nexport { only as onlyA } from './only-a.js';\n`,
  'lib/inner.js': `export * from './both.js';\nexport * from './only-b.js';\n`,
  'lib/both.js': `export const both = () => 'both ' + Math.random();\n`,
  'lib/only-a.js': `export const only = () => 'a ' + Math.random();\n`,
  'lib/only-b.js': `export const onlyB = () => 'b ' + Math.random();\n`,
  'lib/shared-dep.js': `export const sharedDep = () => 'shared ' + Math.random();\n`,
  'lib/later.js': `export const later = () => 'later ' + Math.random();\n`,
};

test('a module one entry needs through barrels goes with it; one two entries need goes to the runtime', async () => {
  const { chunkOf, manifest } = await build({
    ...LIB,
    'a.js': `import { both, onlyA } from './lib/index.js';\nconsole.log(both(), onlyA());\nexport const load = () => import('./lib/later.js');\n`,
    'b.js': `import * as lib from './lib/inner.js';\nconsole.log(lib.both(), lib.onlyB());\n`,
    'shared.js': `import { sharedDep } from './lib/shared-dep.js';\nconsole.log(sharedDep());\n`,
  });
  assert.equal(chunkOf('lib/only-a.js'), 'a.js');
  assert.equal(chunkOf('lib/only-b.js'), 'b.js');
  assert.equal(chunkOf('lib/both.js'), manifest.runtime);
  // What the shared entry (on every page) needs is shared, though one entry alone imports it.
  assert.equal(chunkOf('lib/shared-dep.js'), manifest.runtime);
  // Only a dynamic import() reaches it: an on-demand chunk of its own.
  const later = chunkOf('lib/later.js');
  assert.ok(manifest.chunks[later]?.isDynamicEntry, later);
  assert.ok(!manifest.entries.a!.preload.includes(later));
  // Neither entry loads the other's chunk.
  assert.deepEqual(new Set(manifest.entries.a!.preload), new Set(['a.js', manifest.runtime]));
  assert.deepEqual(new Set(manifest.entries.b!.preload), new Set(['b.js', manifest.runtime]));
});

test('a module one entry needs up front and another only on demand gets a chunk of its own, not the runtime', async () => {
  const { chunkOf, manifest } = await build({
    ...LIB,
    'a.js': `import { both } from './lib/index.js';\nconsole.log(both());\n`,
    'b.js': `export const load = () => import('./b-part.js');\n`,
    'b-part.js': `import { both } from './lib/both.js';\nexport const run = () => both();\n`,
    'shared.js': `import { sharedDep } from './lib/shared-dep.js';\nconsole.log(sharedDep());\n`,
  });
  const own = chunkOf('lib/both.js');
  assert.notEqual(own, manifest.runtime);
  assert.notEqual(own, 'a.js', 'not in a’s entry, which b’s part would then load (and run)');
  // a loads it up front; b only with its part.
  assert.ok(manifest.entries.a!.preload.includes(own));
  assert.ok(!manifest.entries.b!.preload.includes(own));
});

test('what an entry imports as it runs goes to a chunk of its own that its page loads with it; an import() in a function stays on demand', async () => {
  const { chunkOf, manifest } = await build({
    ...LIB,
    'a.js': `console.log('first');\nexport const { body } = await import('./a-body.js');\nexport const load = () => import('./lib/later.js');\n`,
    'a-body.js': `import { both, onlyA } from './lib/index.js';\nexport const body = () => both() + onlyA();\n`,
    'b.js': `import { both } from './lib/index.js';\nconsole.log(both());\n`,
    'shared.js': `console.log('shared');\n`,
  });
  const body = chunkOf('a-body.js');
  assert.match(body, /^a-deferred\./);
  // What only it needs goes with it; what another entry needs too goes to the runtime, as for any entry.
  assert.equal(chunkOf('lib/only-a.js'), body);
  assert.equal(chunkOf('lib/both.js'), manifest.runtime);
  // The entry itself imports nothing: it runs before the rest has arrived.
  assert.deepEqual(manifest.chunks['a.js']!.imports, []);
  assert.deepEqual(manifest.chunks['a.js']!.eager, [body]);
  assert.deepEqual(new Set(manifest.entries['a']!.preload), new Set(['a.js', body, manifest.runtime]));
  // Imported inside a function: loaded on demand, in no page's list.
  assert.notEqual(chunkOf('lib/later.js'), body);
  assert.ok(!manifest.entries['a']!.preload.includes(chunkOf('lib/later.js')));
});

test('a module an entry needs as it starts and in what it imports as it runs, with nowhere else to go, fails the build', async () => {
  await assert.rejects(
    build({
      ...LIB,
      'a.js': `import { only } from './lib/only-a.js';\nconsole.log(only());\nawait import('./a-body.js');\n`,
      'a-body.js': `import { only } from './lib/only-a.js';\nconsole.log(only());\n`,
      'b.js': `console.log('b');\n`,
      'shared.js': `console.log('shared');\n`,
    }),
    /lib\/only-a\.js is needed by the entry a as it starts and by what it imports once it has run/,
  );
});
