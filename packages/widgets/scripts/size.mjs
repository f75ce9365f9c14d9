#!/usr/bin/env node
/**
 * What a page loads from `dist/bundle` (run `npm run build` first), in brotli, against PRODUCT.md
 * "Budgets". Read from the manifest the build writes (`chunks.json`): a widget's entry loads itself,
 * every chunk it imports statically (the runtime) and what it imports with `import()` as soon as it runs
 * (`eager`: the job list's widget, behind its first paint); chunks that only a dynamic `import()` in a
 * function reaches load on demand and count in no budget. Exits 1 when:
 *   - a widget's entry with everything it imports (the runtime and the widget) > 35 KB brotli
 *   - the first five widgets' entries with everything they import              > 60 KB brotli
 *   - a later widget (`<union-help-desk>`) adds, over the first five's page,     > 12 KB brotli
 *   - code that must load on demand (the map library, the basemap, gcoord, the notice dialog, other
 *     locales, hosted mode's frame) is in what a page loads up front.
 * `<union-provider>` is an element of its own (a page may give its widgets a `client` instead): its
 * entry is listed beside each page, with the total a page pays when it uses it.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readManifest, upFrontClosure } from './chunks.mjs';

const KB = 1024;
const BUDGET = { page: 35 * KB, all: 60 * KB, later: 12 * KB };
/** The first five widgets share the 60 KB budget; each one after them may add 12 KB (PRODUCT.md, Budgets). */
const FIRST_FIVE = ['membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings'];
const SHARED = 'provider';
/** Modules that PRODUCT.md wants loaded only when needed. */
const ON_DEMAND_ONLY = [
  /\/node_modules\/leaflet\//,
  /\/node_modules\/gcoord\//,
  /\/service-map\/(basemap\.ts|data\/)/,
  /\/internal\/notice-dialog\.ts$/,
  // Hosted mode: the frame of the union's page comes with a confidential matter; the page itself is a build of its own.
  /\/internal\/hosted-frame\.ts$/,
  /\/src\/hosted\//,
  /\/internal\/localize\/en\.ts$/,
  // Traditional Chinese, generated: the locale's module and each widget table's (by id).
  /\/internal\/localize\/(zh-TW|zh-HK)\.ts$/,
  /\/internal\/localize\/generated\//,
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
const pageOf = (names) => upFrontClosure(manifest, names.map((n) => manifest.entries[n].file));
const upFront = pageOf([...widgets, SHARED]);
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

const row = (label, names, budget) => {
  const files = pageOf(names);
  const brotli = brotliOf(files);
  const ok = brotli <= budget;
  if (!ok) failures.push(`${label}: ${kb(brotli)} brotli > ${kb(budget)}`);
  const withProvider = brotliOf(new Set([...files, ...pageOf([SHARED])]));
  return { page: label, chunks: files.size > 3 ? `${files.size} chunks` : [...files].join(' '), brotli: kb(brotli), budget: `${kb(budget)} ${ok ? '✓' : '✗'}`, 'with <union-provider>': kb(withProvider) };
};
const pages = widgets.map((w) => row(w, [w], BUDGET.page));
const firstFive = widgets.filter((w) => FIRST_FIVE.includes(w));
pages.push(row(`the first ${firstFive.length} widgets`, firstFive, BUDGET.all));
console.table(pages);

// Each later widget: what it adds to a page that has the first five (its own chunks, not the runtime).
const base = pageOf(firstFive);
const later = widgets
  .filter((w) => !FIRST_FIVE.includes(w))
  .map((w) => {
    const added = brotliOf([...pageOf([w])].filter((f) => !base.has(f)));
    const ok = added <= BUDGET.later;
    if (!ok) failures.push(`${w} adds ${kb(added)} brotli > ${kb(BUDGET.later)}`);
    return { widget: w, adds: kb(added), budget: `${kb(BUDGET.later)} ${ok ? '✓' : '✗'}` };
  });
if (later.length) console.table(later);

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
