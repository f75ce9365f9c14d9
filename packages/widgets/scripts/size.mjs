#!/usr/bin/env node
/**
 * What a page loads from `dist/bundle` (run `npm run build` first), in brotli, against PRODUCT.md
 * "Budgets". Pages are read from the manifest the build writes (`chunks.json`): a page with one widget
 * loads the provider's entry, the widget's entry and every chunk they import statically (the runtime);
 * chunks that only a dynamic `import()` reaches load on demand and count in no budget. Exits 1 when:
 *   - the provider + any one widget, with everything they import   > 35 KB brotli
 *   - the provider + all five widgets, with everything they import > 60 KB brotli
 *   - code that must load on demand (the map library, the basemap, gcoord, the notice dialog, other
 *     locales) is in what a page loads up front.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readManifest, staticClosure } from './chunks.mjs';

const KB = 1024;
const BUDGET = { page: 35 * KB, all: 60 * KB };
const SHARED = 'provider';
/** Modules that PRODUCT.md wants loaded only when needed. */
const ON_DEMAND_ONLY = [
  /\/node_modules\/leaflet\//,
  /\/node_modules\/gcoord\//,
  /\/service-map\/(basemap\.ts|data\/)/,
  /\/internal\/notice-dialog\.ts$/,
  /\/internal\/localize\/en\.ts$/,
  /\/strings\.en\.ts$/,
];

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bundle');
let manifest;
try {
  manifest = readManifest(dir);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

const size = new Map(
  Object.keys(manifest.chunks).map((file) => {
    const buf = readFileSync(join(dir, file));
    return [
      file,
      {
        min: buf.length,
        gzip: gzipSync(buf, { level: 9 }).length,
        brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      },
    ];
  }),
);
const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const brotliOf = (files) => [...files].reduce((s, f) => s + size.get(f).brotli, 0);

const widgets = Object.keys(manifest.entries).filter((name) => name !== SHARED);
const pageOf = (names) => staticClosure(manifest, [SHARED, ...names].map((n) => manifest.entries[n].file));
const upFront = pageOf(widgets);
const failures = [];

console.table(
  Object.entries(manifest.chunks)
    .map(([file, chunk]) => ({
      chunk: file,
      min: kb(size.get(file).min),
      gzip: kb(size.get(file).gzip),
      brotli: kb(size.get(file).brotli),
      loads: upFront.has(file) ? (chunk.isEntry ? 'entry' : 'with the page') : 'on demand',
    }))
    .sort((a, b) => (a.loads === 'on demand') - (b.loads === 'on demand') || a.chunk.localeCompare(b.chunk)),
);

const pages = widgets.map((w) => {
  const files = pageOf([w]);
  const brotli = brotliOf(files);
  const ok = brotli <= BUDGET.page;
  if (!ok) failures.push(`a page with ${w}: ${kb(brotli)} brotli > ${kb(BUDGET.page)}`);
  return { page: `provider + ${w}`, chunks: [...files].join(' '), brotli: kb(brotli), budget: `${kb(BUDGET.page)} ${ok ? '✓' : '✗'}` };
});
const all = brotliOf(upFront);
const allOk = all <= BUDGET.all;
if (!allOk) failures.push(`a page with all ${widgets.length} widgets: ${kb(all)} brotli > ${kb(BUDGET.all)}`);
pages.push({ page: 'provider + all widgets', chunks: `${upFront.size} chunks`, brotli: kb(all), budget: `${kb(BUDGET.all)} ${allOk ? '✓' : '✗'}` });
console.table(pages);

for (const file of upFront) {
  for (const module of manifest.chunks[file].modules) {
    if (ON_DEMAND_ONLY.some((re) => re.test(`/${module}`))) failures.push(`${module} loads up front (in ${file}); it should load on demand`);
  }
}

if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All within budget.');
