// The custom-elements manifest and the editor data made from it (`npm run build -w @unionkit/widgets`
// first: custom-elements.json, dist/ide/*) say what a platform may rely on, all of it and nothing
// else: the public elements; for each, the attributes the class really observes and only public
// members; every event typed with its detail; every part and `--union-*` token its code can render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  INHERITED_API,
  partsIn,
  publicElements,
  reachableSources,
  tokensIn,
} from '../scripts/manifest-plugin.mjs';

interface Entry { name: string; description?: string; type?: { text: string }; fieldName?: string; privacy?: string; static?: boolean; inheritedFrom?: unknown }
interface Declaration { name: string; tagName?: string; customElement?: boolean; attributes?: Entry[]; members?: Entry[]; events?: Entry[]; cssParts?: Entry[]; cssProperties?: Entry[] }

const pkg = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(pkg(path), 'utf8'));
const manifest: { modules: Array<{ path: string; declarations?: Declaration[] }> } = read('custom-elements.json');
const elements = publicElements(pkg('src'));
const declared = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]),
);
const reachable = (tag: string) => reachableSources(elements.get(tag)!.module).map((file) => readFileSync(file, 'utf8'));

test('the manifest lists exactly the elements the package registers', () => {
  assert.deepEqual([...declared.keys()].sort(), [...elements.keys()].sort());
  assert.ok(elements.size >= 7);
});

test('attributes are the ones each class observes; members are public only', async () => {
  const widgets = (await import('@unionkit/widgets')) as unknown as Record<string, { observedAttributes: string[] }>;
  for (const [tag, { className }] of elements) {
    const d = declared.get(tag)!;
    const observed = [...widgets[className]!.observedAttributes].sort();
    assert.deepEqual(d.attributes!.map((a) => a.name).sort(), observed, `${tag}: attributes`);
    for (const m of d.members ?? []) {
      assert.ok(!m.name.startsWith('_') && !m.name.startsWith('#'), `${tag}: ${m.name} is private state`);
      assert.ok(m.privacy !== 'private' && m.privacy !== 'protected' && !m.static, `${tag}: ${m.name}`);
      assert.ok(!m.inheritedFrom || INHERITED_API.has(m.name), `${tag}: ${m.name} is the base class's own business`);
    }
  }
});

test('every event is typed with its detail, and the detail type is exported by the package', () => {
  assert.match(readFileSync(pkg('src/index.ts'), 'utf8'), /export \* from '\.\/events\/index\.js'/);
  const eventsDir = pkg('src/events');
  const events = readdirSync(eventsDir).map((f) => readFileSync(`${eventsDir}/${f}`, 'utf8')).join('\n');
  for (const [tag, d] of declared) {
    assert.ok(d.events?.length, `${tag} documents its events`);
    for (const e of d.events!) {
      const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
      assert.ok(detail, `${tag}: ${e.name} has no CustomEvent<Detail> type`);
      assert.ok(e.description, `${tag}: ${e.name} is described`);
      assert.match(events, new RegExp(`export (interface|type) ${detail}\\b`), `${detail} is exported from src/events`);
    }
  }
});

test('every part an element can render is documented in its manifest entry', () => {
  for (const [tag, d] of declared) {
    if (tag === 'union-provider') continue; // renders only its slot
    const documented = new Set(d.cssParts!.map((p) => p.name));
    const rendered = new Set(reachable(tag).flatMap((text) => [...partsIn(text)]));
    const missing = [...rendered].filter((p) => !documented.has(p)).sort();
    assert.deepEqual(missing, [], `${tag}: parts rendered but not in the manifest`);
    for (const p of d.cssParts!) assert.ok(p.description, `${tag}: part ${p.name} is described`);
  }
});

test('every --union-* token an element reads is documented in its manifest entry', () => {
  for (const [tag, d] of declared) {
    if (tag === 'union-provider') continue;
    const documented = new Set(d.cssProperties!.map((p) => p.name));
    const readTokens = new Set(reachable(tag).flatMap((text) => [...tokensIn(text)]));
    const missing = [...readTokens].filter((t) => !documented.has(t)).sort();
    assert.deepEqual(missing, [], `${tag}: tokens read but not in the manifest`);
  }
});

test('VS Code custom data and JetBrains web-types carry every element, its attributes and events', () => {
  const vscode: { tags: Array<{ name: string; attributes: Array<{ name: string }>; description: string }> } = read(
    'dist/ide/vscode.html-custom-data.json',
  );
  const webTypes: { contributions: { html: { elements: Array<{ name: string; attributes: Array<{ name: string }>; js?: { events?: Array<{ name: string }> } }> } } } =
    read('dist/ide/web-types.json');
  assert.equal(read('package.json')['web-types'], './dist/ide/web-types.json', 'JetBrains IDEs find the web-types through package.json');
  for (const [tag, d] of declared) {
    const v = vscode.tags.find((t) => t.name === tag);
    assert.ok(v, `${tag} in VS Code custom data`);
    assert.deepEqual(v.attributes.map((a) => a.name).sort(), d.attributes!.map((a) => a.name).sort(), `${tag}: VS Code attributes`);
    const w = webTypes.contributions.html.elements.find((e) => e.name === tag);
    assert.ok(w, `${tag} in web-types`);
    assert.deepEqual((w.js?.events ?? []).map((e) => e.name).sort(), d.events!.map((e) => e.name).sort(), `${tag}: web-types events`);
  }
});
