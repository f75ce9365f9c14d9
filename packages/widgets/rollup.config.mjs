import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import typescript from '@rollup/plugin-typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Two outputs:
 *
 * 1. `dist/` — one ESM file per module with `.d.ts`, dependencies external: what bundler users import
 *    through the `exports` map (`@unionkit/widgets`, `@unionkit/widgets/<widget>.js`).
 * 2. `dist/bundle/` — ready-to-serve, minified: one entry per element sharing ONE `runtime` chunk
 *    (Lit, @lit/context, the SDK, zod/mini, and our internal/ + events/), and the map library in
 *    its own chunk, loaded only when a map view opens (dynamic `import('leaflet')`). `npm run size`
 *    measures this output against the budgets.
 */
const entries = ['provider', 'membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings'];

const isRuntime = (id) =>
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs|zod|@zod)[\\/]/.test(id) ||
  /[\\/]packages[\\/]widgets[\\/]src[\\/](internal|events)[\\/]/.test(id);

// The SDK's resources and their validators (one module per schema) go with the one widget that uses
// them; only what two or more widgets share joins the runtime. So a widget carries its own API.
const isSdk = (id) => /[\\/](packages[\\/]sdk|@unionkit[\\/]sdk)[\\/]/.test(id);
const widgetFolders = entries.filter((e) => e !== 'provider');

/**
 * SDK resource class (or schema) name → the widgets whose own code imports it from `@unionkit/sdk` (or
 * `@unionkit/sdk/schemas`); `runtime` when the shared layer (`src/internal`) does, e.g. `Consents` for
 * the event rule.
 */
const resourceUsers = new Map();
for (const widget of [...widgetFolders, 'internal']) {
  const dir = join(here, 'src', widget);
  const user = widget === 'internal' ? 'runtime' : widget;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (/from\s*'@unionkit\/sdk\/validators'/.test(text)) {
      if (!resourceUsers.has('validators')) resourceUsers.set('validators', new Set());
      resourceUsers.get('validators').add(user);
    }
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@unionkit\/sdk(?:\/schemas)?'/g)) {
      for (const name of m[1].split(',').map((n) => n.trim().replace(/^type\s.*/, '').split(/\s+as\s+/)[0])) {
        if (!name) continue;
        if (!resourceUsers.has(name)) resourceUsers.set(name, new Set());
        resourceUsers.get(name).add(user);
      }
    }
  }
}

const isBarrel = (id) => /[\\/]sdk[\\/](dist|src)[\\/](index|client|resources[\\/]index|generated[\\/]zod[\\/]index|server[\\/][^\\/]+)\.[jt]s$/.test(id);
/** `@unionkit/sdk/schemas`: re-exports of the generated schemas and of the request schemas' own checks. */
const isSchemas = (id) => /[\\/]sdk[\\/](dist|src)[\\/]schemas[\\/]index\.[jt]s$/.test(id);
/** A request schema with its own checks (`schemas/membership-application`, …): it goes where its users go. */
const isSchemaCheck = (id) => /[\\/]sdk[\\/](dist|src)[\\/]schemas[\\/](?!index\.)[\w-]+\.[jt]s$/.test(id);
/** The widget a module of ours belongs to, or `runtime` for the shared layer. */
const ownerOf = (id) => {
  const own = /[\\/]src[\\/](?:define[\\/])?([\w-]+)(?:[\\/]|\.ts$)/.exec(id)?.[1];
  return own && widgetFolders.includes(own) ? own : 'runtime';
};

/**
 * Who needs an SDK resource or validator module: the set of widgets, or 'runtime' when the SDK's
 * core needs it. Walks importers up to resources (whose users the widgets' imports tell), passing
 * over barrels and `UnionClient`, which no widget bundles.
 */
function sdkUsers(id, getModuleInfo, memo = new Map()) {
  if (memo.has(id)) return memo.get(id);
  const users = new Set();
  memo.set(id, users);
  const resource = /[\\/]resources[\\/]([\w-]+)\.js$/.exec(id);
  if (resource) {
    const cls = /export\s*\{\s*(\w+)\s*\}/.exec(readFileSync(id, 'utf8'))?.[1];
    for (const widget of resourceUsers.get(cls) ?? []) users.add(widget);
    return users;
  }
  if (/[\\/]sdk[\\/]dist[\\/]validators\.js$/.test(id)) {
    for (const widget of resourceUsers.get('validators') ?? []) users.add(widget);
    // The request schemas check resident IDs with it: it goes wherever they go, so the runtime never
    // imports from a widget's chunk.
    for (const importer of getModuleInfo(id)?.importers ?? []) {
      if (isSchemaCheck(importer)) for (const user of sdkUsers(importer, getModuleInfo, memo)) users.add(user);
    }
    return users;
  }
  if (isSchemas(id)) {
    // Its users: the resources that validate with it, and widget code importing it directly.
    for (const importer of getModuleInfo(id)?.importers ?? []) {
      if (isBarrel(importer)) continue;
      if (!isSdk(importer)) users.add(ownerOf(importer));
      else for (const user of sdkUsers(importer, getModuleInfo, memo)) users.add(user);
    }
    return users;
  }
  if (!/[\\/]generated[\\/]zod[\\/]/.test(id) && !isSchemaCheck(id)) {
    users.add('runtime');
    return users;
  }
  // A schema a widget imports itself from `@unionkit/sdk/schemas`.
  for (const user of resourceUsers.get(id.replace(/^.*[\\/]/, '').replace(/\.[jt]s$/, '')) ?? []) users.add(user);
  for (const importer of getModuleInfo(id)?.importers ?? []) {
    if (isBarrel(importer)) continue;
    // `@unionkit/sdk/schemas` re-exports every schema; it counts only for those its own checks import.
    if (isSchemas(importer) && !importsInCode(importer).has(id.replace(/^.*[\\/]/, '').replace(/\.[jt]s$/, ''))) continue;
    if (!isSdk(importer)) users.add(ownerOf(importer));
    else for (const user of sdkUsers(importer, getModuleInfo, memo)) users.add(user);
  }
  return users;
}

/**
 * Who uses a Lit directive (`lit/directives/…` and the `lit-html` module behind it): the widgets or
 * the runtime whose own modules import it, read through the module graph.
 */
function directiveUsers(id, getModuleInfo, seen = new Set([id])) {
  const users = new Set();
  for (const importer of getModuleInfo(id)?.importers ?? []) {
    if (seen.has(importer)) continue;
    seen.add(importer);
    if (/[\\/]node_modules[\\/]/.test(importer)) for (const user of directiveUsers(importer, getModuleInfo, seen)) users.add(user);
    else users.add(ownerOf(importer));
  }
  return users;
}

/** The generated schemas a module imports for its own code (not its re-exports). */
const codeImports = new Map();
function importsInCode(id) {
  if (!codeImports.has(id)) {
    const text = readFileSync(id, 'utf8');
    codeImports.set(id, new Set([...text.matchAll(/^import\s*\{[^}]*\}\s*from\s*'[^']*[\\/]generated[\\/]zod[\\/](\w+)\.js'/gm)].map((m) => m[1])));
  }
  return codeImports.get(id);
}
const sdkMemo = new Map();

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
      // The service map's code that drives Leaflet goes with it, loaded when a map opens.
      if (/[\\/]src[\\/]service-map[\\/](map-engine|marker-spread|leaflet-styles)\.ts$/.test(id)) return 'leaflet';
      // The coordinate conversions of the service map's route links: when a point's detail opens.
      if (/[\\/]node_modules[\\/]gcoord[\\/]/.test(id)) return 'gcoord';
      // The service map's offline basemap (district outlines): only when a map has no tiles.
      if (/[\\/]src[\\/]service-map[\\/](basemap\.ts|data[\\/])/.test(id)) return 'basemap';
      if (isSdk(id)) {
        // Barrels and UnionClient are not assigned: placing them would pull every resource along.
        if (isBarrel(id)) return undefined;
        const users = sdkUsers(id, getModuleInfo, sdkMemo);
        if (users.has('runtime') || users.size > 1) return 'runtime';
        // Named after its one widget, so the runtime (a manual chunk that reaches it through the
        // SDK's barrel) does not take it along.
        return users.size === 1 ? [...users][0] : undefined;
      }
      // A Lit directive that one widget alone uses goes with it (e.g. classMap with the join form).
      if (/[\\/]node_modules[\\/](lit|lit-html)[\\/]directives[\\/]/.test(id)) {
        const users = directiveUsers(id, getModuleInfo);
        return users.size === 1 && !users.has('runtime') ? [...users][0] : 'runtime';
      }
      // Only <union-provider> provides the context (the widgets only consume it): not in the runtime.
      if (/[\\/]@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|value-notifier)\.js$/.test(id)) return 'provider';
      // A privacy notice's dialog loads when a worker opens one (internal/base.ts renderNoticeLink).
      if (/[\\/]src[\\/]internal[\\/]notice-dialog\.ts$/.test(id)) return 'notice';
      // A widget's English strings load on demand, like the shared English table.
      const enOf = /[\\/]src[\\/]([\w-]+)[\\/]strings\.en\.ts$/.exec(id)?.[1];
      if (enOf) return `${enOf}-en`;
      const own = /[\\/]src[\\/](?:define[\\/])?([\w-]+)(?:[\\/]|\.ts$)/.exec(id)?.[1];
      if (own && widgetFolders.includes(own)) return own;
      // Non-default locales load on demand (see internal/localize/index.ts).
      if (/[\\/]internal[\\/]localize[\\/]en\.ts$/.test(id)) return 'locale-en';
      if (isRuntime(id)) return 'runtime';
      return undefined;
    },
  },
  // Tree-shake side-effect-free modules (the SDK says so in its package.json).
  treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]zod[\\/]/.test(id) && !isSdk(id) },
  plugins: [
    // The SDK comes from its build (`npm run build -w @unionkit/sdk` first), like a user's bundler sees it.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'module', 'default'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      compilerOptions: { declaration: false, declarationDir: undefined, outDir: 'dist/bundle', sourceMap: true },
    }),
    // The HTML and CSS inside Lit's html`` and css`` templates, which terser leaves as they are.
    minifyTemplateLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

export default [lib, bundle];
