// The ready-to-serve bundle keeps each widget's code to itself: read from the manifest the build writes
// (dist/bundle/chunks.json, `npm run build -w @unionkit/widgets` first), every module under
// src/<widget>/ sits only in chunks that <widget>'s entry alone loads, up front or on demand, and
// nothing of a widget is in the shared runtime. A page that shows one widget never downloads another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadedBy, misplacedWidgetCode, readManifest, upFrontClosure, type ChunkManifest } from '../scripts/chunks.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = 'packages/widgets/src';
/** The widgets, from their define modules (the provider holds no widget code of its own). */
const WIDGETS = readdirSync(join(pkg, 'src', 'define'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => name !== 'provider');

test('every module of a widget is only in chunks that widget alone loads, never in the runtime', () => {
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  assert.deepEqual(misplacedWidgetCode(manifest, { widgets: WIDGETS, srcDir: SRC }), []);
  // Not vacuous: each widget's own folder is in the bundle, and its entry chunk holds some of it.
  for (const widget of WIDGETS) {
    const entry = manifest.entries[widget];
    assert.ok(entry, `${widget} is an entry of the bundle`);
    // The entry may be a thin chunk over one it shares with its on-demand parts: look at what it loads up front.
    const upFront = [...upFrontClosure(manifest, [entry.file])].filter((f) => f !== manifest.runtime);
    const own = upFront.flatMap((f) => manifest.chunks[f]!.modules).filter((m) => m.startsWith(`${SRC}/${widget}/`));
    assert.ok(own.length > 0, `${entry.file} loads modules of src/${widget}/ up front`);
  }
});

test('every page loads the one runtime chunk up front, and the entries hint exactly what they import', () => {
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  assert.ok(manifest.chunks[manifest.runtime], `${manifest.runtime} is in the bundle`);
  for (const [name, entry] of Object.entries(manifest.entries)) {
    const closure = upFrontClosure(manifest, [entry.file]);
    assert.ok(closure.has(manifest.runtime), `${name} imports the runtime`);
    assert.deepEqual(new Set(entry.preload), closure, `${name}: modulepreload list`);
  }
});

test('the job list’s script tag paints before the runtime is evaluated: it imports no chunk, and the runtime’s first module waits for it', () => {
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  const entry = manifest.chunks[manifest.entries['job-listings']!.file]!;
  // Nothing to fetch or evaluate before its own code runs: it asks for the jobs while the rest arrives.
  assert.deepEqual(entry.imports, []);
  assert.deepEqual(entry.modules, [`${SRC}/job-listings/first-paint.ts`, `${SRC}/script-tag/job-listings.ts`]);
  // The widget comes as soon as it has run, and the page preloads it with the runtime.
  assert.equal(entry.eager.length, 1);
  const widget = manifest.chunks[entry.eager[0]!]!;
  assert.ok(widget.modules.includes(`${SRC}/job-listings/job-listings.ts`), `${entry.eager[0]} holds the widget`);
  assert.ok(widget.imports.includes(manifest.runtime), `${entry.eager[0]} imports the runtime`);
  assert.ok(manifest.entries['job-listings']!.preload.includes(entry.eager[0]!), 'the widget is preloaded with the entry');
  // Every other page's runtime is evaluated after the gate, and the gate is all the paint costs them.
  assert.equal(manifest.chunks[manifest.runtime]!.modules[0], `${SRC}/script-tag/first-paint-gate.ts`);
  for (const [name, { file }] of Object.entries(manifest.entries)) {
    if (name === 'job-listings') continue;
    assert.ok(!manifest.chunks[file]!.modules.some((m) => m.endsWith('/first-paint.ts')), `${file} holds no first paint`);
  }
});

/**
 * Parts of a widget its first item does not need, loaded on demand (a `LazyPart`, fetched ahead of
 * need): a static import of one from its widget's entry would put it back into what the page loads
 * up front, silently (PRODUCT.md, Budgets).
 */
const LOADED_ON_DEMAND: Record<string, string[]> = {
  'event-signup': ['event-signup/registration-view.ts'],
  'service-map': ['service-map/detail-view.ts', 'service-map/navigation.ts', 'service-map/map-styles.ts', 'service-map/map-view.ts', 'service-map/map-part.ts', 'service-map/map-strings.ts', 'service-map/detail-strings.ts'],
  // The join flow: most of the widget's visitors are members (the card) or have an open application (the status).
  'membership-join': [
    'membership-join/join-flow.ts',
    'membership-join/flow-views.ts',
    'membership-join/flow-strings.ts',
    'membership-join/model.ts',
    'internal/controllers/sms-verification.ts',
  ],
  'job-listings': ['job-listings/apply-view.ts', 'job-listings/apply-send.ts', 'job-listings/sensitive.ts', 'job-listings/detail-view.ts', 'job-listings/mine-view.ts', 'job-listings/withdrawal.ts'],
  'insurance-enrol': [
    'insurance-enrol/confirm-view.ts',
    'insurance-enrol/enrol-send.ts',
    'insurance-enrol/enrolment-view.ts',
    'insurance-enrol/payment-view.ts',
    'insurance-enrol/payment.ts',
    'insurance-enrol/payment-strings.ts',
    // 申请互助金 and 我的理赔: only for the few who claim.
    'insurance-enrol/claim-state.ts',
    'insurance-enrol/claim-form-view.ts',
    'insurance-enrol/claim-list-view.ts',
    'insurance-enrol/claim-strings.ts',
  ],
  // 我要求助: the first view is the types and hotlines; forms, booking, the reference and "my requests" come when opened.
  'help-desk': [
    'help-desk/form-view.ts',
    'help-desk/form-send.ts',
    'help-desk/form-rules.ts',
    'help-desk/booking.ts',
    'help-desk/sent-view.ts',
    'help-desk/mine-view.ts',
    'help-desk/mine-state.ts',
  ],
};

test('what a widget opens later is not in what its page loads up front, yet the widget can load it', () => {
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  const by = loadedBy(manifest);
  for (const [widget, modules] of Object.entries(LOADED_ON_DEMAND)) {
    const upFront = upFrontClosure(manifest, [manifest.entries[widget]!.file]);
    for (const module of modules) {
      const files = Object.keys(manifest.chunks).filter((f) => manifest.chunks[f]!.modules.includes(`${SRC}/${module}`));
      assert.ok(files.length > 0, `${module} is in the bundle`);
      for (const file of files) {
        assert.ok(!upFront.has(file), `${module} is in ${file}, which the ${widget} page loads up front`);
        assert.ok(by.get(file)?.has(widget), `${widget} can load ${file} (${module}) on demand`);
      }
    }
  }
});

/** A small bundle: two widgets, the runtime, and an on-demand chunk of the first widget. */
function fixture(): ChunkManifest {
  const chunk = (modules: string[], imports: string[] = [], dynamicImports: string[] = [], isEntry = false) => ({
    name: '',
    isEntry,
    isDynamicEntry: !isEntry,
    imports,
    dynamicImports,
    eager: [],
    modules,
  });
  return {
    runtime: 'runtime.js',
    entries: {
      alpha: { file: 'alpha.js', preload: ['alpha.js', 'runtime.js'] },
      beta: { file: 'beta.js', preload: ['beta.js', 'runtime.js'] },
    },
    chunks: {
      'alpha.js': chunk([`${SRC}/define/alpha.ts`, `${SRC}/alpha/alpha.ts`], ['runtime.js'], ['alpha-extra.js'], true),
      'beta.js': chunk([`${SRC}/define/beta.ts`, `${SRC}/beta/beta.ts`], ['runtime.js'], [], true),
      'alpha-extra.js': chunk([`${SRC}/alpha/extra.ts`], ['runtime.js']),
      'runtime.js': chunk([`${SRC}/internal/base.ts`, 'node_modules/lit-html/lit-html.js']),
    },
  };
}

test('the check passes a bundle that keeps each widget to itself, on-demand chunks included', () => {
  const manifest = fixture();
  assert.deepEqual(misplacedWidgetCode(manifest, { widgets: ['alpha', 'beta'], srcDir: SRC }), []);
  assert.deepEqual(loadedBy(manifest).get('alpha-extra.js'), new Set(['alpha']));
});

test('the check names a widget module in the runtime, in another widget’s chunk, or in a shared chunk', () => {
  const inRuntime = fixture();
  inRuntime.chunks['runtime.js']!.modules.push(`${SRC}/alpha/model.ts`);
  assert.deepEqual(misplacedWidgetCode(inRuntime, { widgets: ['alpha', 'beta'], srcDir: SRC }), [
    `${SRC}/alpha/model.ts (alpha) is in the runtime chunk runtime.js`,
  ]);

  const inOther = fixture();
  inOther.chunks['beta.js']!.modules.push(`${SRC}/alpha/model.ts`);
  assert.deepEqual(misplacedWidgetCode(inOther, { widgets: ['alpha', 'beta'], srcDir: SRC }), [
    `${SRC}/alpha/model.ts (alpha) is in beta.js, which beta load(s)`,
  ]);

  // beta loading alpha's on-demand chunk would download alpha's code with beta.
  const shared = fixture();
  shared.chunks['beta.js']!.dynamicImports.push('alpha-extra.js');
  assert.deepEqual(misplacedWidgetCode(shared, { widgets: ['alpha', 'beta'], srcDir: SRC }), [
    `${SRC}/alpha/extra.ts (alpha) is in alpha-extra.js, which alpha, beta load(s)`,
  ]);
});

test('SDK code only on-demand parts call stays out of the runtime every page loads', () => {
  // These are re-exported by the SDK's barrel, which every widget imports: left to rollup they
  // counted as needed by every page. Only a form with evidence, or the help desk's booking, needs them.
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  const runtime = manifest.chunks[manifest.runtime]!.modules;
  for (const onDemand of ['packages/sdk/dist/resources/files.js', 'packages/sdk/dist/resources/appointments.js', 'packages/sdk/dist/core/upload.js']) {
    assert.ok(!runtime.includes(onDemand), `${onDemand} is in the runtime`);
    assert.ok(Object.values(manifest.chunks).some((c) => c.modules.includes(onDemand)), `${onDemand} is in the bundle`);
  }
});

test('the contract’s ID and mobile checks load with the membership page, not with the runtime every page loads', () => {
  // The job search only normalises a number and the job application's schema only counts
  // characters: each imports a module of its own, so the checks that only joining (and forms opened
  // later) use are not paid for by every page.
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  const checks = 'packages/contract/dist/validators.js';
  assert.ok(!manifest.chunks[manifest.runtime]!.modules.includes(checks), `${checks} is in the runtime`);
  const membership = upFrontClosure(manifest, [manifest.entries['membership-join']!.file]);
  assert.ok([...membership].some((file) => manifest.chunks[file]!.modules.includes(checks)), `the membership page loads ${checks}`);
});

test('the membership page loads the SMS code view with the join flow, not up front', () => {
  // Its styles need only the view's layer (internal/styles/sms-code.ts); the view is drawn by the
  // join flow, a part loaded on demand.
  const manifest = readManifest(join(pkg, 'dist', 'bundle'));
  const view = `${SRC}/internal/views/sms-code.ts`;
  const upFront = upFrontClosure(manifest, [manifest.entries['membership-join']!.file]);
  assert.ok(![...upFront].some((file) => manifest.chunks[file]!.modules.includes(view)), `${view} loads with the membership page`);
  assert.ok(Object.values(manifest.chunks).some((c) => c.modules.includes(view)), `${view} is in the bundle`);
});
