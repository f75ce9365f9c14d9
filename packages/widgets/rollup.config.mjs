import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';
import { chunkPlan } from './scripts/chunk-plan.mjs';
import { cdnManifest } from './scripts/cdn.mjs';
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

/**
 * Two outputs:
 *
 * 1. `dist/` — one ESM file per module with `.d.ts`, dependencies external: what bundler users import
 *    through the `exports` map (`@unionkit/widgets`, `@unionkit/widgets/<widget>.js`).
 * 2. `dist/bundle/` — ready-to-serve, minified: one entry per element sharing ONE `runtime` chunk
 *    (Lit, @lit/context, the SDK, zod/mini, and our internal/ + events/), and the map library in
 *    its own chunk, loaded only when a map view opens (dynamic `import('leaflet')`). `npm run size`
 *    measures this output against the budgets. `dist/cdn/` is the same bundle for a CDN: every file
 *    named by its content (entries too), with `sri.json` (sha384 of each) and `loader.js`.
 */
const entries = ['provider', 'membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings', 'help-desk'];

const lib = {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    ...Object.fromEntries(entries.map((e) => [`define/${e}`, `src/define/${e}.ts`])),
    // Framework fit: the React components (`@unionkit/widgets/react`) and the opt-in JSX / Vue typings.
    'react/index': 'src/react/index.ts',
    'frameworks/jsx-react': 'src/frameworks/jsx-react.ts',
    'frameworks/jsx-preact': 'src/frameworks/jsx-preact.ts',
    'frameworks/vue': 'src/frameworks/vue.ts',
  },
  external: (id) => /^(lit|@lit\/|@unionkit\/|leaflet|gcoord|react|preact|vue)(\/|$)/.test(id),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};

const bundle = {
  // The script tags' entries (src/script-tag/): the runtime's first-paint gate first, then the element; the
  // job list's paints its first page before the rest has arrived.
  input: Object.fromEntries(entries.map((e) => [e, `src/script-tag/${e}.ts`])),
  // A widget's on-demand part (a LazyPart) imports from its entry; the entry may export more for it
  // rather than become a facade over one more chunk the page must fetch.
  preserveEntrySignatures: 'allow-extension',
  output: [
    { dir: 'dist/bundle', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    // The same bundle for a CDN: entries named by their content too, `sri.json` and `loader.js` (scripts/cdn.mjs).
    { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].[hash].js', sourcemap: true, plugins: [cdnManifest({ version })] },
  ],
  plugins: [
    // The SDK comes from its build (`npm run build -w @unionkit/sdk` first), like a user's bundler sees
    // it; its package.json (and zod's) says `sideEffects: false`, so an import that uses nothing goes.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'module', 'default'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      // No outDir: the plugin wants it inside each output's dir, and this build writes two (bundle, cdn).
      compilerOptions: { declaration: false, declarationDir: undefined, outDir: undefined, sourceMap: true },
    }),
    // The HTML and CSS inside Lit's html`` and css`` templates, which terser leaves as they are.
    minifyTemplateLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    // Chunks from the module graph (see scripts/chunk-plan.mjs); `dist/bundle/chunks.json` says which
    // chunk holds what. The provider is an element like the others: what it alone needs (its class,
    // @lit/context's provider side) stays in provider.js, so a page that gives its widgets a `client`
    // never loads it.
    chunkPlan({ root: join(here, '..', '..') }),
  ],
};

/**
 * 3. `dist/hosted/` — the union's hosted page (`hosted.html`, its stylesheet and script): a build of its
 *    own, so nothing of hosted mode is in what a platform's page loads; the widget it shows comes on
 *    demand. The sandbox serves this folder at `/hosted/` on its own origin.
 */
const hostedPage = {
  name: 'hosted-page',
  generateBundle() {
    for (const file of ['hosted.html', 'hosted.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(join(here, 'src', 'hosted', file)) });
    }
  },
};

/**
 * The hosted build only transpiles (`ts.transpileModule`, file by file, as the sources allow:
 * `isolatedModules`): the two builds above and `npm run typecheck` have checked the same files, and a
 * third type-check would add minutes to every build.
 */
const tsOptions = ts.parseJsonConfigFileContent(ts.readConfigFile(join(here, 'tsconfig.build.json'), ts.sys.readFile).config, ts.sys, here).options;
const transpileOnly = {
  name: 'transpile-only',
  resolveId(source, importer) {
    // `./x.js` in a TypeScript source names `./x.ts`.
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const file = join(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(file) ? file : null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: { ...tsOptions, declaration: false, declarationMap: false, sourceMap: true, inlineSourceMap: false, noEmit: false },
    });
    return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText };
  },
};

const hosted = {
  input: { hosted: 'src/hosted/hosted.ts' },
  output: { dir: 'dist/hosted', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].[hash].js', sourcemap: true },
  plugins: [
    transpileOnly,
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'module', 'default'] }),
    minifyTemplateLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    hostedPage,
  ],
};

export default [lib, bundle, hosted];
