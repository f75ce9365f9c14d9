// A custom-elements-manifest analyzer plugin: the manifest says only what a platform may rely on.
//
// - Only the elements a `src/define/*.ts` entry registers are elements of the manifest (the hosted
//   page's and the help desk's inner elements are not API).
// - Members: an element's own public fields and methods, and of what it inherits from the shared base
//   only `INHERITED_API`; never `_state`, `#private`, `protected` or static members. Attributes: only
//   those of the members kept.
// - Events: every event gets its type from the typed event map (`src/events`), `CustomEvent<Detail>`.
// - Parts and tokens: every `@csspart` / `@cssproperty` of the class comment, several per line
//   allowed, with the parts a documented part names in "(also `x`, `y`)"; tokens also include the
//   provider's global tokens that the element's code reads.
//
// `scripts/manifest.test` (test/manifest.test.ts) checks the other way round: every part and token
// the code of an element can render is in its manifest entry.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What every widget inherits from the shared base and a platform may use. */
export const INHERITED_API = new Set(['locale', 'mode', 'theme', 'back']);

/** The tags `src/define/*.ts` registers, with the module of each element's class. */
export function publicElements(srcDir) {
  const defineDir = join(srcDir, 'define');
  const out = new Map();
  for (const file of readdirSync(defineDir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(defineDir, file), 'utf8');
    for (const m of text.matchAll(/customElements\.define\(\s*'([a-z0-9-]+)'\s*,\s*(\w+)\s*\)/g)) {
      const imp = new RegExp(`import\\s*\\{[^}]*\\b${m[2]}\\b[^}]*\\}\\s*from\\s*'([^']+)'`).exec(text);
      out.set(m[1], { className: m[2], module: imp ? resolve(defineDir, imp[1].replace(/\.js$/, '.ts')) : undefined });
    }
  }
  return out;
}

/** Every source file an element's module reaches through relative static or dynamic imports. */
export function reachableSources(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)) {
      queue.push(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
    }
  }
  return [...seen];
}

/** Part names a source file can render: `part="a b"`, `part: 'a'`, `tabPart: 'a b'`, `part ?? 'a'`. */
export function partsIn(text) {
  const names = new Set();
  const add = (value) => {
    for (const word of value.replace(/\$\{[^}]*\}/g, ' ').split(/\s+/)) if (/^[a-z][a-z0-9-]*$/.test(word)) names.add(word);
  };
  for (const m of text.matchAll(/\spart="([^"]*)"/g)) add(m[1]);
  for (const m of text.matchAll(/\b(?:part|tabPart|\w+Part):\s*(?:'([^']*)'|`([^`]*)`)/g)) add(m[1] ?? m[2]);
  for (const m of text.matchAll(/\bpart\s*\?\?\s*'([^']*)'/g)) add(m[1]);
  return names;
}

/** `--union-*` tokens a source file reads (`var(--union-x`). */
export function tokensIn(text) {
  return new Set([...text.matchAll(/var\(\s*(--union-[a-z0-9-]+)/g)].map((m) => m[1]));
}

/** `@csspart` / `@cssproperty` entries of a class comment, several on a line allowed. */
export function documented(comment, tag) {
  const entries = new Map();
  const chunks = comment.split(new RegExp(`@${tag}\\s+`)).slice(1);
  for (const chunk of chunks) {
    const body = chunk.split(/\n\s*\*\s*\n|\s@[a-z]+\s/)[0].replace(/\n\s*\*\s?/g, ' ').trim();
    const m = /^(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(body);
    if (!m) continue;
    const [, name, description] = m;
    entries.set(name, description.trim());
    if (tag === 'csspart') {
      // "(also `plan` / `enrolment`)": the other names of a documented part.
      const also = /\(also ([^)]*)\)/.exec(description);
      if (also) {
        for (const n of also[1].matchAll(/`([a-z][a-z0-9-]*)`/g)) {
          if (!entries.has(n[1])) entries.set(n[1], `A kind of \`${name}\`: ${description}`);
        }
      }
    }
  }
  return entries;
}

/** Event name → its `CustomEvent<Detail>` type, from `GlobalEventHandlersEventMap` in `src/events`. */
export function eventTypes(srcDir) {
  const types = new Map();
  const dir = join(srcDir, 'events');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/'(union-[a-z-]+)':\s*(\w+)Detail;/g)) types.set(m[1], `CustomEvent<${m[2]}Detail>`);
    for (const m of text.matchAll(/export type (\w+)Event = CustomEvent<(\w+)>/g)) {
      const name = [...text.matchAll(new RegExp(`'(union-[a-z-]+)':\\s*${m[1]}Event;`, 'g'))][0]?.[1];
      if (name && !types.has(name)) types.set(name, `CustomEvent<${m[2]}>`);
    }
  }
  return types;
}

/** Every `/** … *\/` comment of a source file, one after another. */
export function docComments(text) {
  return [...text.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]).join('\n');
}

/** Whether `file`'s comments speak for the element of `entry`: its own folder, or the shared views. */
function sharesParts(srcDir, entry, file) {
  const rel = relative(srcDir, file).split('\\').join('/');
  return rel.startsWith('internal/') || dirname(file) === dirname(entry);
}

function classComment(ts, node) {
  const docs = node.jsDoc ?? [];
  return docs.length ? docs[docs.length - 1].getFullText() : '';
}

export function publicApiPlugin({ root }) {
  const srcDir = fileURLToPath(root);
  const comments = new Map();
  return {
    name: 'unionkit-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) comments.set(`${moduleDoc.path}#${node.name.getText()}`, classComment(ts, node));
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = publicElements(srcDir);
      const publicTags = new Set(elements.keys());
      const events = eventTypes(srcDir);
      const providerModule = elements.get('union-provider')?.module;
      const providerComment = providerModule
        ? comments.get(`${relative(join(srcDir, '..'), providerModule).split('\\').join('/')}#${elements.get('union-provider').className}`) ?? ''
        : '';
      const globalTokens = documented(providerComment, 'cssproperty');

      for (const mod of customElementsManifest.modules) {
        const dropped = new Set();
        mod.declarations = (mod.declarations ?? []).filter((d) => {
          if (!d.customElement) return true;
          if (!publicTags.has(d.tagName)) {
            dropped.add(d.name);
            return false;
          }
          return true;
        });
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && dropped.has(e.declaration?.name)));
        for (const d of mod.declarations) {
          if (!d.customElement) continue;
          const keep = (m) =>
            !m.static &&
            !m.name.startsWith('_') &&
            !m.name.startsWith('#') &&
            m.privacy !== 'private' &&
            m.privacy !== 'protected' &&
            (!m.inheritedFrom || INHERITED_API.has(m.name));
          d.members = (d.members ?? []).filter(keep);
          const kept = new Set(d.members.map((m) => m.name));
          d.attributes = (d.attributes ?? []).filter((a) => !a.name.startsWith('_') && (!a.fieldName || kept.has(a.fieldName)));
          for (const e of d.events ?? []) {
            const type = events.get(e.name);
            if (type) e.type = { text: type };
          }
          const comment = comments.get(`${mod.path}#${d.name}`) ?? '';
          const entry = elements.get(d.tagName)?.module;
          const sources = entry ? reachableSources(entry) : [];
          // The element's own comment first, then the parts its views and the shared views document.
          const parts = documented(comment, 'csspart');
          for (const file of sources) {
            if (file === entry || !sharesParts(srcDir, entry, file)) continue;
            for (const [name, description] of documented(docComments(readFileSync(file, 'utf8')), 'csspart')) {
              if (!parts.has(name)) parts.set(name, description);
            }
          }
          d.cssParts = [...parts].map(([name, description]) => ({ name, description }));
          const own = documented(comment, 'cssproperty');
          const read = new Set();
          for (const file of sources) for (const t of tokensIn(readFileSync(file, 'utf8'))) read.add(t);
          for (const [name, description] of globalTokens) if (read.has(name) && !own.has(name)) own.set(name, description);
          d.cssProperties = [...own].map(([name, description]) => ({ name, description }));
        }
      }
    },
  };
}
