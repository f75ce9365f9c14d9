// The packages as a platform installs them: every published workspace packed (`npm pack`, run
// `npm run build` first), the tarballs installed into an empty project outside the repository, and
// every public entry imported from ESM, required from CommonJS (require(esm), Node >= 20.19) and
// type-checked under moduleResolution node10, node16, nodenext (ESM and CJS) and bundler; then
// arethetypeswrong over each tarball. Installs once (npm's cache, filled by `npm ci`); the checks share it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, exportTargets, npm, packWorkspaces, publicEntries, publishedWorkspaces } from '../../scripts/pack/workspaces.mjs';

type Manifest = Record<string, any>;
type Packed = { name: string; version: string; filename: string; files: { path: string }[] };

const work = mkdtempSync(join(tmpdir(), 'unionkit-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const attw = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
let packed: Packed[] = [];
/** Each package's manifest as installed from its tarball. */
const installed = new Map<string, Manifest>();
const installedDir = (name: string) => join(app, 'node_modules', ...name.split('/'));
const env = () => {
  const e = { ...process.env };
  delete e.NODE_OPTIONS;
  return e;
};
const entries = () => [...installed.values()].flatMap((m) => publicEntries(m).code as string[]);

before(
  () => {
    for (const { name, dir } of publishedWorkspaces()) {
      assert.ok(existsSync(join(ROOT, dir, 'dist')), `${name}: no dist/ — run \`npm run build\` first`);
    }
    for (const d of [tarballs, app]) mkdirSync(d, { recursive: true });
    packed = packWorkspaces(tarballs);
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'pack-test-app', private: true }, null, 2)}\n`);
    // Peers (a framework an entry is for) are installed as an app using that entry would have them.
    const ours = new Set(packed.map((p) => p.name));
    const peers = publishedWorkspaces()
      .flatMap((w) => Object.entries<string>(w.manifest.peerDependencies ?? {}))
      .filter(([name]) => !ours.has(name))
      .map(([name, range]) => `${name}@${range}`);
    npm(
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '@types/node@^20.19.0', ...new Set(peers), ...packed.map((p) => join(tarballs, p.filename))],
      app,
    );
    for (const p of packed) installed.set(p.name, JSON.parse(readFileSync(join(installedDir(p.name), 'package.json'), 'utf8')));
  },
  { timeout: 240_000 },
);

after(() => rmSync(work, { recursive: true, force: true }));

test('every published package is packed, public, and carries the root MIT LICENSE, no tests', () => {
  assert.deepEqual(packed.map((p) => p.name).sort(), publishedWorkspaces().map((w) => w.name).sort());
  assert.ok(packed.some((p) => p.name === '@unionkit/widgets'), '@unionkit/widgets is published');
  const changesets = JSON.parse(readFileSync(join(ROOT, '.changeset', 'config.json'), 'utf8'));
  assert.equal(changesets.access, 'public');
  const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
  assert.match(license, /^MIT License/);
  for (const p of packed) {
    const manifest = installed.get(p.name)!;
    assert.equal(manifest.license, 'MIT', p.name);
    assert.equal(manifest.private, undefined, `${p.name} is not private`);
    assert.equal(readFileSync(join(installedDir(p.name), 'LICENSE'), 'utf8'), license, `${p.name}: LICENSE is the root's`);
    assert.equal(manifest.engines?.node, '>=20.19', `${p.name}: engines.node`);
    assert.ok(manifest.browserslist?.length, `${p.name}: browserslist`);
    const tests = p.files.map((f) => f.path).filter((f) => /\.test\.ts$|\/internal\/testing\//.test(f));
    assert.deepEqual(tests, [], `${p.name} ships no tests`);
  }
});

test('packages depend on each other by SemVer ranges that the packed versions satisfy', () => {
  const versions = new Map(packed.map((p) => [p.name, p.version]));
  for (const manifest of installed.values()) {
    for (const section of ['dependencies', 'peerDependencies', 'devDependencies']) {
      for (const [dep, range] of Object.entries<string>(manifest[section] ?? {})) {
        if (!versions.has(dep)) continue;
        // A caret range on the minor we release, so a 0.1.1 of one package installs beside 0.1.0 of another.
        const [major, minor] = versions.get(dep)!.split('.');
        assert.match(range, new RegExp(`^\\^${major}\\.${minor}\\.\\d+$`), `${manifest.name} ${section} ${dep}: ${range}`);
      }
    }
  }
});

test('every file an exports target names (every condition, source included) is in the tarball', () => {
  for (const manifest of installed.values()) {
    const { patterns } = publicEntries(manifest);
    for (const [key, target] of Object.entries<unknown>(manifest.exports)) {
      if (patterns.some((p: { key: string }) => p.key === key)) continue;
      for (const path of exportTargets(target)) assert.ok(existsSync(join(installedDir(manifest.name), path)), `${manifest.name} ${key} → ${path}`);
    }
    for (const field of ['main', 'types']) assert.ok(existsSync(join(installedDir(manifest.name), manifest[field])), `${manifest.name} ${field}`);
    // A pattern (`./bundle/*`) must reach the files it names: every file under its folder resolves.
    for (const { specifier, target } of patterns as { specifier: string; target: string }[]) {
      const folder = target.slice(0, target.indexOf('*'));
      const files = readdirSync(join(installedDir(manifest.name), folder)).filter((f) => f.endsWith('.js'));
      assert.ok(files.length > 0, `${specifier}: ${folder} is in the tarball`);
      const resolved = runNode('cjs', `console.log(require.resolve(${JSON.stringify(specifier.replace('*', files[0]!))}))`);
      assert.equal(resolved.trim(), join(installedDir(manifest.name), folder, files[0]!));
    }
  }
});

/** Runs a script in the installed app, as `.mjs` or `.cjs`; returns stdout, throws with stderr. */
function runNode(kind: 'mjs' | 'cjs', code: string): string {
  const file = join(app, `check-${Math.random().toString(36).slice(2)}.${kind}`);
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, [file], { cwd: app, env: env(), encoding: 'utf8' });
  rmSync(file);
  assert.equal(result.status, 0, `${kind}:\n${result.stderr}`);
  return result.stdout;
}

test('every public entry imports from ESM (.mjs)', () => {
  const list = entries();
  assert.ok(list.length >= 15, `entries: ${list.join(', ')}`);
  const out = runNode(
    'mjs',
    `for (const s of ${JSON.stringify(list)}) { const m = await import(s); console.log(s, typeof m); }\n` +
      `const { UnionClient } = await import('@unionkit/sdk'); if (typeof UnionClient !== 'function') throw new Error('no UnionClient');\n` +
      `const { constructEvent } = await import('@unionkit/sdk/server'); if (typeof constructEvent !== 'function') throw new Error('no constructEvent');\n`,
  );
  assert.equal(out.trim().split('\n').length, list.length);
});

test('every public entry requires from CommonJS (.cjs, require(esm) on Node >= 20.19)', () => {
  const list = entries();
  const out = runNode(
    'cjs',
    `for (const s of ${JSON.stringify(list)}) { const m = require(s); console.log(s, typeof m); }\n` +
      `const { createWidgetSession, constructEvent } = require('@unionkit/sdk/server'); if (typeof createWidgetSession !== 'function' || typeof constructEvent !== 'function') throw new Error('no server helpers');\n` +
      `for (const s of ${JSON.stringify([...installed.values()].flatMap((m) => publicEntries(m).json as string[]))}) require(s);\n`,
  );
  assert.equal(out.trim().split('\n').length, list.length);
});

/** Runs node with `args` in the app; resolves to its exit status and output. */
function nodeAsync(args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: app, env: env() });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out }));
  });
}

/** `jobs` two at a time: CI has two cores. */
async function twoAtATime<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += 2) results.push(...(await Promise.all(jobs.slice(i, i + 2).map((job) => job()))));
  return results;
}

/** tsc over the entries with one module setting; resolves to its exit status and diagnostics. */
function typeCheck(name: string, module: string, moduleResolution: string, files: string[]): Promise<{ status: number | null; out: string }> {
  const config = {
    compilerOptions: { module, moduleResolution, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: true, types: ['node'] },
    files,
  };
  writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  return nodeAsync([tsc, '-p', `tsconfig.${name}.json`]);
}

test('types resolve for every entry under node10, node16, nodenext (ESM and CommonJS) and bundler', { timeout: 240_000 }, async () => {
  const list = entries();
  // strict: an import whose types do not resolve is an error (TS7016/TS2307), not an `any`.
  const esm = list.map((s, i) => `import * as e${i} from ${JSON.stringify(s)};\nexport const k${i}: string[] = Object.keys(e${i});`).join('\n');
  const cjs = list.map((s, i) => `import e${i} = require(${JSON.stringify(s)});\nexport const k${i}: string[] = Object.keys(e${i});`).join('\n');
  const typed = `import { UnionClient } from '@unionkit/sdk';\nimport { constructEvent } from '@unionkit/sdk/server';\nexport const f: [Function, Function] = [UnionClient, constructEvent];\n`;
  writeFileSync(join(app, 'entries.ts'), `${esm}\n${typed}`);
  writeFileSync(join(app, 'entries.mts'), `${esm}\n${typed}`);
  writeFileSync(join(app, 'entries.cts'), cjs);
  const runs: [string, string, string, string[]][] = [
    ['node10', 'commonjs', 'node10', ['entries.ts']],
    ['node16', 'node16', 'node16', ['entries.mts']],
    // TypeScript >= 5.8 models require(esm) under nodenext (and node20): CommonJS code may require the packages.
    ['nodenext', 'nodenext', 'nodenext', ['entries.mts', 'entries.cts']],
    ['bundler', 'esnext', 'bundler', ['entries.ts']],
  ];
  const results = await twoAtATime(runs.map(([name, ...rest]) => async () => ({ name, ...(await typeCheck(name, ...rest)) })));
  for (const r of results) assert.equal(r.status, 0, `${r.name}:\n${r.out}`);
});

test('source maps name sources that are in the tarball, or carry their content', () => {
  let maps = 0;
  for (const name of installed.keys()) {
    const root = installedDir(name);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.map') ? [join(dir, f)] : []));
    for (const file of walk(join(root, 'dist'))) {
      maps++;
      const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; sourceRoot?: string; sourcesContent?: (string | null)[] };
      map.sources.forEach((source, i) => {
        const path = normalize(join(dirname(file), map.sourceRoot ?? '', source));
        const inside = !relative(root, path).startsWith(`..${sep}`);
        assert.ok((inside && existsSync(path)) || map.sourcesContent?.[i], `${relative(app, file)}: ${source}`);
      });
    }
  }
  assert.ok(maps > 0);
});

test('arethetypeswrong finds no problem in any tarball', { timeout: 120_000 }, async () => {
  // The packages are ES modules only; CommonJS loads them with require(esm) (Node >= 20.19, `engines`),
  // which TypeScript >= 5.8 models under module nodenext/node20 (checked above). arethetypeswrong's
  // resolver predates require(esm) and reports every `require` of an ES module, so that one rule is
  // left out; node10, node16 from ESM and bundler are checked in full.
  const results = await twoAtATime(
    packed.map((p) => async () => ({
      name: p.name,
      ...(await nodeAsync([attw, join(tarballs, p.filename), '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii', '--no-color'])),
    })),
  );
  for (const r of results) assert.equal(r.status, 0, `${r.name}:\n${r.out}`);
});

test('the sandbox CLI runs from the installed package', () => {
  const bin = join(app, 'node_modules', '.bin', 'unionkit-mock');
  assert.ok(existsSync(bin), 'unionkit-mock is linked');
  const result = spawnSync(process.execPath, [bin, '--help'], { cwd: app, env: env(), encoding: 'utf8', timeout: 30_000 });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout + result.stderr, /unionkit-mock|--port/);
});
