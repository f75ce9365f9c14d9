#!/usr/bin/env node
/**
 * Bundle sizes of `dist/bundle` (run `npm run build` first): minified, gzip and brotli per chunk, and
 * the budgets of PRODUCT.md "Budgets". Exits 1 when over budget:
 *   - each widget's own entry chunk   ≤ 15 KB gzip
 *   - the shared runtime chunk        ≤ 30 KB gzip
 *   - all five widgets + runtime      ≤ 80 KB gzip
 * The map library chunk (leaflet) is listed but loads only on demand, so it is in no budget.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const KB = 1024;
const BUDGET = { widget: 15 * KB, runtime: 30 * KB, total: 80 * KB };
const WIDGETS = ['membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings'];

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bundle');
if (!existsSync(dir)) {
  console.error(`No ${dir}: run \`npm run build -w @unionkit/widgets\` first.`);
  process.exit(1);
}

const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((file) => {
    const buf = readFileSync(join(dir, file));
    return {
      file,
      name: file.split('.')[0],
      min: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * Chunks loaded only when needed: the map library, the offline basemap, the coordinate conversions of
 * the route links (when a service point's detail opens), the privacy-notice dialog and the English
 * tables (shared and per widget).
 */
const onDemand = (name) =>
  ['leaflet', 'basemap', 'gcoord', 'locale-en', 'notice'].includes(name) || WIDGETS.some((w) => name === `${w}-en`);
const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const failures = [];
const budgetOf = (row) =>
  WIDGETS.includes(row.name) ? BUDGET.widget : row.name === 'runtime' ? BUDGET.runtime : undefined;

const table = rows.map((r) => {
  const budget = budgetOf(r);
  const over = budget !== undefined && r.gzip > budget;
  if (over) failures.push(`${r.file}: ${kb(r.gzip)} gzip > ${kb(budget)}`);
  return {
    chunk: r.file,
    min: kb(r.min),
    gzip: kb(r.gzip),
    brotli: kb(r.brotli),
    budget: budget === undefined ? (onDemand(r.name) ? 'on demand' : '—') : `${kb(budget)}${over ? ' ✗' : ' ✓'}`,
  };
});

const runtime = rows.filter((r) => r.name === 'runtime');
if (runtime.length !== 1) failures.push(`expected exactly one runtime chunk, found ${runtime.length}`);
// Shared chunks other than runtime and leaflet would be code split out of the widgets behind our back.
for (const r of rows) {
  if (!WIDGETS.includes(r.name) && !['runtime', 'provider'].includes(r.name) && !onDemand(r.name)) {
    failures.push(`unexpected chunk ${r.file} (only widget entries, provider, runtime and on-demand chunks are planned)`);
  }
}
// An on-demand chunk that a page's own chunks import statically would load with every page: only a
// dynamic `import()` may reach one.
for (const r of rows) {
  if (onDemand(r.name)) continue;
  const code = readFileSync(join(dir, r.file), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) {
    const target = m[1].split('.')[0];
    if (onDemand(target)) failures.push(`${r.file} imports the on-demand chunk ${m[1]} statically`);
  }
}
const sum = (names) => rows.filter((r) => names.includes(r.name)).reduce((s, r) => s + r.gzip, 0);
const total = sum([...WIDGETS, 'runtime']);
if (total > BUDGET.total) failures.push(`five widgets + runtime: ${kb(total)} gzip > ${kb(BUDGET.total)}`);

console.table(table);
console.log(`five widgets + runtime: ${kb(total)} gzip (budget ${kb(BUDGET.total)}); with provider: ${kb(total + sum(['provider']))}`);
if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All within budget.');
