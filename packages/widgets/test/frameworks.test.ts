// Framework fit stays complete: the element list that the React components, the React 19 and Preact
// JSX typings and Vue's GlobalComponents typings are made from (src/frameworks/elements.ts and
// src/react/components.ts) is what scripts/generate-frameworks.mjs makes of the current
// custom-elements manifest, and names every tag a src/define/*.ts entry registers with all its
// union-* events. A widget, property or event added without regenerating fails here.
// Needs the manifest: `npm run build -w @unionkit/widgets` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT, REACT_OUTPUT, elementsOf, generate, publicTags, render } from '../scripts/generate-frameworks.mjs';
import { UNION_ELEMENTS } from '../src/frameworks/elements.js';
import { callbackName } from '../src/frameworks/types.js';

test('the committed element list and React components are what the generator makes of the manifest', () => {
  const fresh = generate();
  assert.equal(readFileSync(OUTPUT, 'utf8'), fresh.elements, 'src/frameworks/elements.ts is stale: run `npm run generate:frameworks -w @unionkit/widgets`');
  assert.equal(readFileSync(REACT_OUTPUT, 'utf8'), fresh.react, 'src/react/components.ts is stale: run `npm run generate:frameworks -w @unionkit/widgets`');
});

test('every registered tag is in the element list, with a React component named as its class', () => {
  const tags = publicTags();
  assert.ok(tags.includes('union-provider') && tags.includes('union-membership-join'), `define entries found: ${tags.join(', ')}`);
  assert.deepEqual(Object.keys(UNION_ELEMENTS), tags);
  const components = readFileSync(REACT_OUTPUT, 'utf8');
  for (const [tag, { className }] of Object.entries(UNION_ELEMENTS)) {
    assert.match(components, new RegExp(`export const ${className} = /\\*#__PURE__\\*/ wrap\\('${tag}', `), `${tag} has a React component`);
  }
});

test('the membership widget lists all its union-* events, each with an onUnion… callback name', () => {
  assert.deepEqual([...UNION_ELEMENTS['union-membership-join'].events].sort(), [
    'union-error',
    'union-membership-application-submitted',
    'union-membership-application-withdrawn',
    'union-membership-status',
    'union-ready',
  ]);
  assert.equal(callbackName('union-membership-application-submitted'), 'onUnionMembershipApplicationSubmitted');
  assert.equal(callbackName('union-ready'), 'onUnionReady');
});

test('a widget the manifest does not describe is missing from the generated list, so the first test fails', () => {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const full = render(elementsOf(manifest, publicTags()));
  const withoutHelpDesk = {
    ...manifest,
    modules: manifest.modules.map((m: { declarations?: { tagName?: string }[] }) => ({
      ...m,
      declarations: (m.declarations ?? []).filter((d) => d.tagName !== 'union-help-desk'),
    })),
  };
  const partial = render(elementsOf(withoutHelpDesk, publicTags()));
  assert.notEqual(partial, full);
  assert.doesNotMatch(partial, /union-help-desk/);
  // Private state and read-only getters are never props.
  for (const e of elementsOf(manifest, publicTags())) {
    assert.deepEqual(e.properties.filter((p: string) => p.startsWith('_') || p.startsWith('#')), [], e.tag);
  }
});
