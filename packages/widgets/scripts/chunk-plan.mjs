/**
 * A rollup plugin that chooses the bundle's chunks from the module graph and writes what it chose to
 * `chunks.json` beside the chunks.
 *
 * After tree-shaking, every module that is left is traced to the entries that need it: an import of
 * `x` from a barrel (`@unionkit/sdk`, `lit`) counts for the module that declares `x`, not for every
 * module the barrel re-exports, so a resource one widget calls stays with that widget whatever path
 * it is imported through. Then:
 *
 * - an entry module is its own chunk (`membership-join.js`);
 * - a module that exactly one entry needs, statically and on demand alike, goes with that entry;
 * - a module that one entry needs up front and other entries only on demand goes to a chunk of its
 *   own (`<entry>-shared`), which that entry's page loads up front and the others when they need it;
 * - a module that two or more entries need up front, or that a shared entry (the provider, on every
 *   page) needs, goes to the one `runtime` chunk;
 * - a module that only a dynamic `import()` reaches is left to rollup, which makes on-demand chunks
 *   (the map library, the basemap, other locales, a notice's dialog);
 * - but what an entry imports with `import()` as it runs (at its top level, not inside a function) is
 *   loaded with its page all the same, only after the entry has run: it is placed as if the entry
 *   imported it, in a chunk of its own (`<entry>-deferred`), and the manifest lists it among what the
 *   page loads (`eager`), so that pages preload it and `npm run size` counts it. (The job list's script
 *   tag paints its first jobs this way before Lit and the SDK are evaluated.)
 *
 * No file names or import lines are matched: moving or renaming a module cannot move code between
 * chunks behind anyone's back, and the chunk test (`test/chunks.test.ts`) reads the manifest to
 * prove it.
 */
import { relative, sep } from 'node:path';

/** The names a module binds from each source, and what it exports, read from its AST. */
function bindingsOf(ast) {
  const imports = []; // { source, names: string[] | '*' }  ([] = for its side effects only)
  const reexports = new Map(); // exported name → { source, name }
  const stars = []; // sources of `export * from`
  const locals = new Set(); // names the module declares and exports itself
  const localImports = new Map(); // local binding → { source, name }
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      const source = node.source.value;
      if (node.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier')) imports.push({ source, names: '*' });
      const names = [];
      for (const s of node.specifiers) {
        if (s.type === 'ImportNamespaceSpecifier') continue;
        const name = s.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(s.imported);
        names.push(name);
        localImports.set(s.local.name, { source, name });
      }
      if (names.length || node.specifiers.length === 0) imports.push({ source, names });
    } else if (node.type === 'ExportNamedDeclaration' && node.source) {
      for (const s of node.specifiers) reexports.set(nameOf(s.exported), { source: node.source.value, name: nameOf(s.local) });
    } else if (node.type === 'ExportAllDeclaration') {
      if (node.exported) reexports.set(nameOf(node.exported), { source: node.source.value, name: '*' });
      else stars.push(node.source.value);
    }
  }
  for (const node of ast.body) {
    if (node.type === 'ExportDefaultDeclaration') locals.add('default');
    if (node.type !== 'ExportNamedDeclaration' || node.source) continue;
    for (const name of declaredNames(node.declaration)) locals.add(name);
    for (const s of node.specifiers) {
      // `import { a } from './x'; export { a }` re-exports.
      const imported = localImports.get(nameOf(s.local));
      if (imported) reexports.set(nameOf(s.exported), imported);
      else locals.add(nameOf(s.exported));
    }
  }
  return { imports, reexports, stars, locals };
}

/** The names a declaration binds (`export const { a, b: [c] } = …` binds a and c). */
function declaredNames(node) {
  if (!node) return [];
  if (node.type === 'VariableDeclaration') return node.declarations.flatMap((d) => patternNames(d.id));
  return node.id ? [node.id.name] : [];
}

function patternNames(node) {
  switch (node?.type) {
    case 'Identifier':
      return [node.name];
    case 'ObjectPattern':
      return node.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p.argument : p.value));
    case 'ArrayPattern':
      return node.elements.flatMap((e) => patternNames(e));
    case 'RestElement':
      return patternNames(node.argument);
    case 'AssignmentPattern':
      return patternNames(node.left);
    default:
      return [];
  }
}

const nameOf = (node) => (node.type === 'Identifier' ? node.name : String(node.value));

/** The sources a module imports with `import('…')` as it runs: outside every function. */
function eagerImportSources(ast) {
  const out = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return;
    if (node.type === 'ImportExpression' && node.source.type === 'Literal') out.push(node.source.value);
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(ast.body);
  return out;
}

/**
 * @param {{ shared?: string[], runtime?: string, manifest?: string, root: string }} options
 *   `shared`: entries every page loads (their dependencies go to the runtime); `root`: paths in the
 *   manifest are relative to it.
 */
export function chunkPlan({ shared = [], runtime = 'runtime', manifest = 'chunks.json', root }) {
  /** module id → chunk name (or undefined: rollup decides) */
  let plan = new Map();
  /** entry module id → input name */
  const entryNames = new Map();
  /** module id → the modules it imports with `import()` as it runs (entries only) */
  let eagerRoots = new Map();
  /** chunk names given to what entries load once they have run */
  let deferredChunks = new Set();

  return {
    name: 'chunk-plan',

    async buildStart(options) {
      entryNames.clear();
      const input = Array.isArray(options.input) ? Object.fromEntries(options.input.map((i) => [i, i])) : options.input;
      for (const [name, file] of Object.entries(input)) {
        const resolved = await this.resolve(file, undefined, { isEntry: true });
        if (resolved) entryNames.set(resolved.id, name);
      }
    },

    async buildEnd(error) {
      if (error) return;
      const info = (id) => this.getModuleInfo(id);
      const summaries = new Map();
      const resolved = new Map();
      const resolve = async (source, importer) => {
        const key = `${importer}\0${source}`;
        if (!resolved.has(key)) resolved.set(key, (await this.resolve(source, importer))?.id);
        return resolved.get(key);
      };
      for (const id of this.getModuleIds()) {
        const m = info(id);
        if (m.isExternal || !m.ast) continue;
        const b = bindingsOf(m.ast);
        const to = async (source) => ({ id: await resolve(source, id) });
        summaries.set(id, {
          imports: await Promise.all(b.imports.map(async (i) => ({ ...i, ...(await to(i.source)) }))),
          reexports: new Map(await Promise.all([...b.reexports].map(async ([k, r]) => [k, { ...r, ...(await to(r.source)) }]))),
          stars: await Promise.all(b.stars.map(async (s) => (await to(s)).id)),
          locals: b.locals,
        });
      }

      /**
       * The modules that binding `name` of `id` passes through, ending at the one declaring it; empty
       * when `id` does not export it. (Rollup's `ModuleInfo.exports` lists an `export *` as `'*'`, so
       * the names are followed here.)
       */
      const origin = (id, name, seen = new Set()) => {
        const s = summaries.get(id);
        if (!s) return [id];
        if (seen.has(id)) return [];
        seen.add(id);
        if (s.locals.has(name)) return [id];
        const re = s.reexports.get(name);
        if (re) return [id, ...(re.name === '*' ? wholeModule(re.id) : origin(re.id, re.name, seen))];
        if (name === 'default') return [];
        for (const star of s.stars) {
          const path = origin(star, name, seen);
          if (path.length) return [id, ...path];
        }
        return [];
      };
      /** A namespace import uses everything a module exports. */
      const wholeModule = (id, seen = new Set()) => {
        const s = summaries.get(id);
        if (!s || seen.has(id)) return [];
        seen.add(id);
        return [id, ...[...s.reexports.values()].flatMap((r) => wholeModule(r.id, seen)), ...s.stars.flatMap((st) => wholeModule(st, seen))];
      };
      const included = (id) => info(id)?.isIncluded === true;

      /** The modules `id` needs when it runs: what it imports, traced through barrels. */
      const needs = new Map();
      const needsOf = (id) => {
        if (needs.has(id)) return needs.get(id);
        const out = new Set();
        needs.set(id, out);
        const s = summaries.get(id);
        if (!s) return out;
        const uses = [...s.imports];
        // What an entry re-exports is used by whoever imports the entry.
        if (entryNames.has(id)) {
          for (const r of s.reexports.values()) uses.push({ id: r.id, names: r.name === '*' ? '*' : [r.name] });
          for (const star of s.stars) uses.push({ id: star, names: '*' });
        }
        for (const use of uses) {
          if (!use.id) continue;
          // A name that cannot be traced (nothing should be) counts the whole module: placing code too
          // widely costs bytes, too narrowly would make one widget load another's chunk.
          const path =
            use.names === '*'
              ? wholeModule(use.id)
              : use.names.length
                ? use.names.flatMap((n) => {
                    const found = origin(use.id, n);
                    return found.length ? found : wholeModule(use.id);
                  })
                : [use.id];
          // A barrel that is left with no code of its own is passed over; its side-effect imports are not.
          for (const dep of new Set(path)) if (included(dep)) out.add(dep);
          for (const dep of new Set(path)) {
            if (included(dep)) continue;
            for (const i of summaries.get(dep)?.imports ?? []) if (i.names.length === 0 && i.id && included(i.id)) out.add(i.id);
          }
        }
        return out;
      };

      eagerRoots = new Map();
      for (const entryId of entryNames.keys()) {
        const sources = eagerImportSources(info(entryId).ast);
        const ids = (await Promise.all(sources.map((source) => resolve(source, entryId)))).filter((id) => id && summaries.has(id));
        if (ids.length) eagerRoots.set(entryId, ids);
      }

      /** module id → entries that need it statically / on demand. */
      const statically = new Map();
      const onDemand = new Map();
      const add = (map, id, entry) => {
        if (!map.has(id)) map.set(id, new Set());
        map.get(id).add(entry);
      };
      const dynamicRoots = new Map(); // dynamic entry → entries that load it
      const roots = new Map(); // module id → the dynamic entries whose parts need it
      const barrelled = (id) => !posix(relative(root, id)).startsWith('packages/widgets/');
      /** module id → the entry that loads it only once it has run (see eagerRoots) */
      const deferred = new Map();
      /** module id → the entry that needs it both as it starts and once it has run */
      const twice = new Map();
      for (const [entryId, entry] of entryNames) {
        const eager = new Set(eagerRoots.get(entryId));
        const visit = (id, seen) => {
          add(statically, id, entry);
          for (const dep of needsOf(id)) seen.add(dep);
          for (const dyn of info(id).dynamicallyImportedIds) {
            if (!(id === entryId && eager.has(dyn)) && (included(dyn) || summaries.has(dyn))) add(dynamicRoots, dyn, entry);
          }
        };
        const seen = new Set([entryId]);
        for (const id of seen) visit(id, seen);
        const later = new Set(eager);
        for (const id of later) {
          if (seen.has(id)) {
            twice.set(id, entry);
            continue;
          }
          visit(id, later);
          deferred.set(id, entry);
        }
      }
      const queue = [...dynamicRoots].flatMap(([root, entries]) => [...entries].map((e) => [root, e]));
      const done = new Set();
      for (const [root, entry] of queue) {
        const key = `${root}\0${entry}`;
        if (done.has(key)) continue;
        done.add(key);
        const seen = new Set([root]);
        for (const id of seen) {
          add(onDemand, id, entry);
          add(roots, id, root);
          for (const dep of needsOf(id)) seen.add(dep);
          for (const dyn of info(id).dynamicallyImportedIds) queue.push([dyn, entry]);
        }
      }

      plan = new Map();
      deferredChunks = new Set();
      const deferredChunk = (entry) => {
        deferredChunks.add(`${entry}-deferred`);
        return `${entry}-deferred`;
      };
      const sharedSet = new Set(shared);
      for (const [id, entries] of statically) {
        if (entryNames.has(id)) {
          plan.set(id, entryNames.get(id));
          continue;
        }
        const all = new Set([...entries, ...(onDemand.get(id) ?? [])]);
        const one = [...entries][0];
        if (all.size === 1 && !sharedSet.has(one)) plan.set(id, deferred.get(id) === one ? deferredChunk(one) : one);
        // One page needs it up front, other widgets only in a part they load on demand (the service
        // map's list, the help desk's booking): a chunk of its own, not the runtime every page loads.
        else if (entries.size === 1 && !sharedSet.has(one)) plan.set(id, `${one}-shared`);
        else plan.set(id, runtime);
      }
      // In the entry's chunk, such a module would make the deferred chunk import the entry's, which waits
      // for the deferred one: neither would ever finish.
      for (const [id, entry] of twice) {
        if (plan.get(id) === entry) {
          this.error(`${posix(relative(root, id))} is needed by the entry ${entry} as it starts and by what it imports once it has run: give each its own module`);
        }
      }
      // Another package's code that only parts loaded on demand need goes with those parts, grouped by
      // which parts need it. Left to rollup, a module re-exported by a barrel every entry imports (an
      // SDK resource only a lazy form calls) would count as needed by every entry and land in the
      // runtime. (The widgets' own modules are not reached through barrels; rollup places them.)
      const groups = new Map();
      for (const [id, parts] of roots) {
        if (plan.has(id) || !barrelled(id)) continue;
        const key = [...parts].sort().join('\0');
        if (!groups.has(key)) groups.set(key, `lazy-${groups.size}`);
        plan.set(id, groups.get(key));
      }
    },

    outputOptions(output) {
      return {
        ...output,
        manualChunks: (id) => plan.get(id),
        // Content-hashed, so a host can cache them for good; `chunks.json` tells a page which to preload.
        chunkFileNames: (chunk) => `${chunk.name === runtime || deferredChunks.has(chunk.name) ? chunk.name : chunkName(chunk, root)}.[hash].js`,
      };
    },

    generateBundle(_options, bundle) {
      const chunks = {};
      const all = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const fileOf = (id) => all.find((chunk) => chunk.moduleIds.includes(id))?.fileName;
      for (const chunk of all) {
        chunks[chunk.fileName] = {
          name: chunk.name,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          // Imported with `import()` as soon as the chunk runs: part of its page, though not of its graph.
          eager: [...new Set(chunk.moduleIds.flatMap((id) => (eagerRoots.get(id) ?? []).map(fileOf)).filter(Boolean))],
          modules: Object.entries(chunk.modules)
            .filter(([, m]) => m.renderedLength > 0)
            .map(([id]) => posix(relative(root, id))),
        };
      }
      const entries = {};
      for (const [file, chunk] of Object.entries(chunks)) {
        if (!chunk.isEntry) continue;
        const preload = new Set([file]);
        for (const f of preload) for (const i of [...(chunks[f]?.imports ?? []), ...(chunks[f]?.eager ?? [])]) preload.add(i);
        entries[chunk.name] = { file, preload: [...preload] };
      }
      this.emitFile({
        type: 'asset',
        fileName: manifest,
        source: `${JSON.stringify({ runtime: Object.keys(chunks).find((f) => chunks[f].name === runtime), entries, chunks }, null, 2)}\n`,
      });
    },
  };
}

const posix = (path) => path.split(sep).join('/');

/** An on-demand chunk's name: its module's path (`service-map-map-engine`), or its package (`leaflet`). */
function chunkName(chunk, root) {
  const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1);
  if (!id) return chunk.name;
  const path = posix(relative(root, id));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return pkg.replace('@', '').replace('/', '-');
  const src = /\/src\/(.+)\.[jt]s$/.exec(path)?.[1];
  return src ? src.replace(/\//g, '-') : chunk.name;
}
