/**
 * Reading `dist/bundle/chunks.json`, the manifest that the bundle build writes (scripts/chunk-plan.mjs):
 * what a page loads for an entry, which entries load a chunk, and whether a widget's code sits only
 * where that widget alone loads it. Used by `npm run size` and by test/chunks.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ name: string, isEntry: boolean, isDynamicEntry: boolean, imports: string[],
 *   dynamicImports: string[], eager: string[], modules: string[] }} ChunkInfo
 * @typedef {{ runtime: string, entries: Record<string, { file: string, preload: string[] }>,
 *   chunks: Record<string, ChunkInfo> }} ChunkManifest
 */

/** The manifest of the bundle in `dir`; throws with what to run when there is none. */
export function readManifest(dir) {
  const file = join(dir, 'chunks.json');
  if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build -w @unionkit/widgets\` first.`);
  return /** @type {ChunkManifest} */ (JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * The chunks a page loads up front for `files`: each with everything it imports statically, and what
 * it imports with `import()` as soon as it runs (`eager`).
 */
export function upFrontClosure(manifest, files) {
  const out = new Set(files);
  for (const file of out) for (const i of [...(manifest.chunks[file]?.imports ?? []), ...(manifest.chunks[file]?.eager ?? [])]) out.add(i);
  return out;
}

/** Every chunk `file` may ever load: its static closure plus what dynamic imports reach from there. */
export function fullClosure(manifest, file) {
  const out = new Set([file]);
  for (const f of out) {
    const chunk = manifest.chunks[f];
    for (const i of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) out.add(i);
  }
  return out;
}

/** Chunk file → the entries that load it, up front or on demand. */
export function loadedBy(manifest) {
  const by = new Map(Object.keys(manifest.chunks).map((f) => [f, new Set()]));
  for (const [name, entry] of Object.entries(manifest.entries)) {
    for (const f of fullClosure(manifest, entry.file)) by.get(f)?.add(name);
  }
  return by;
}

/**
 * Where a widget's code lands where it should not: every module of `<srcDir>/<widget>/` (and its
 * define module) must sit only in chunks that only that widget's entry loads, statically or on
 * demand — never in the runtime, never in another widget's chunk, never in a chunk two widgets share.
 *
 * @param {ChunkManifest} manifest
 * @param {{ widgets: string[], srcDir: string }} options  `srcDir`: e.g. `packages/widgets/src`
 * @returns {string[]} one line per misplaced module; empty when all is well
 */
export function misplacedWidgetCode(manifest, { widgets, srcDir }) {
  const by = loadedBy(manifest);
  const problems = [];
  for (const [file, chunk] of Object.entries(manifest.chunks)) {
    const loaders = [...(by.get(file) ?? [])];
    for (const module of chunk.modules) {
      const widget = widgets.find((w) => module.startsWith(`${srcDir}/${w}/`) || module === `${srcDir}/define/${w}.ts`);
      if (!widget) continue;
      if (file === manifest.runtime) problems.push(`${module} (${widget}) is in the runtime chunk ${file}`);
      else if (loaders.length !== 1 || loaders[0] !== widget) {
        problems.push(`${module} (${widget}) is in ${file}, which ${loaders.length ? loaders.join(', ') : 'no entry'} load(s)`);
      }
    }
  }
  return problems;
}
