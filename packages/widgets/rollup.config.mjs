import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Two outputs:
 *
 * 1. `dist/` — one ESM file per module with `.d.ts`, dependencies external: what bundler users import
 *    through the `exports` map (`@unionkit/widgets`, `@unionkit/widgets/<widget>.js`).
 * 2. `dist/bundle/` — ready-to-serve, minified: one entry per element sharing ONE `runtime` chunk
 *    (Lit, @lit/context, the SDK, ky, zod/mini, and our internal/ + events/), and the map library in
 *    its own chunk, loaded only when a map view opens (dynamic `import('leaflet')`). `npm run size`
 *    measures this output against the budgets.
 */
const entries = ['provider', 'membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings'];

const isRuntime = (id) =>
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs|ky|zod|@zod)[\\/]/.test(id) ||
  /[\\/]packages[\\/]widgets[\\/]src[\\/](internal|events)[\\/]/.test(id);

// The SDK's resources and their validators (one module per schema) go with the one widget that uses
// them; only what two or more widgets share joins the runtime. So a widget carries its own API.
const isSdk = (id) => /[\\/](packages[\\/]sdk|@unionkit[\\/]sdk)[\\/]/.test(id);
const isPerWidgetSdk = (id) => isSdk(id) && /[\\/](resources|generated[\\/]zod)[\\/]/.test(id);

/** The entry modules that reach `id` through static or dynamic imports. */
function entriesReaching(id, getModuleInfo, memo = new Map(), visiting = new Set()) {
  if (memo.has(id)) return memo.get(id);
  if (visiting.has(id)) return new Set();
  visiting.add(id);
  const info = getModuleInfo(id);
  const found = new Set(info?.isEntry ? [id] : []);
  for (const importer of [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]) {
    for (const entry of entriesReaching(importer, getModuleInfo, memo, visiting)) found.add(entry);
  }
  visiting.delete(id);
  memo.set(id, found);
  return found;
}
const reach = new Map();

const lib = {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    ...Object.fromEntries(entries.map((e) => [`define/${e}`, `src/define/${e}.ts`])),
  },
  external: (id) => /^(lit|@lit\/|@unionkit\/|leaflet|gcoord)/.test(id),
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};

const bundle = {
  input: Object.fromEntries(entries.map((e) => [e, `src/define/${e}.ts`])),
  output: {
    dir: 'dist/bundle',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].[hash].js',
    sourcemap: true,
    manualChunks(id, { getModuleInfo }) {
      if (/[\\/]node_modules[\\/]leaflet[\\/]/.test(id)) return 'leaflet';
      if (isPerWidgetSdk(id)) return entriesReaching(id, getModuleInfo, reach).size > 1 ? 'runtime' : undefined;
      if (isSdk(id)) return 'runtime';
      // Non-default locales load on demand (see internal/localize/index.ts).
      if (/[\\/]internal[\\/]localize[\\/]en\.ts$/.test(id)) return 'locale-en';
      if (isRuntime(id)) return 'runtime';
      return undefined;
    },
  },
  // Tree-shake side-effect-free modules (the SDK says so in its package.json).
  treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/](zod|ky)[\\/]/.test(id) },
  plugins: [
    // The SDK comes from its build (`npm run build -w @unionkit/sdk` first), like a user's bundler sees it.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'module', 'default'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      compilerOptions: { declaration: false, declarationDir: undefined, outDir: 'dist/bundle', sourceMap: true },
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

export default [lib, bundle];
