// Importing a widget must be safe on a server (SSR) and in a page that has not asked for anything:
// the class modules register nothing and touch no window or document; a define module does exactly
// one thing, define its tag. Runs in Node, where there is no DOM (Lit's own `node` build stands in
// for HTMLElement and customElements).
import { test } from 'node:test';
import assert from 'node:assert/strict';

const TAGS = [
  'union-provider',
  'union-membership-join',
  'union-insurance-enrol',
  'union-service-map',
  'union-event-signup',
  'union-job-listings',
  'union-help-desk',
];

test('the package entry exports every class and registers no tag', async () => {
  const widgets = await import('@unionkit/widgets');
  for (const name of ['UnionProvider', 'UnionMembershipJoin', 'UnionInsuranceEnrol', 'UnionServiceMap', 'UnionEventSignup', 'UnionJobListings', 'UnionHelpDesk']) {
    assert.equal(typeof (widgets as Record<string, unknown>)[name], 'function', name);
  }
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  for (const tag of TAGS) assert.equal(registry?.get(tag), undefined, `${tag} registered by importing the classes`);
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
});

test('each define module registers its own tag, and only that', async () => {
  const registry = () => (globalThis as unknown as { customElements: CustomElementRegistry }).customElements;
  const modules: Record<string, () => Promise<unknown>> = {
    'union-provider': () => import('@unionkit/widgets/provider.js'),
    'union-membership-join': () => import('@unionkit/widgets/membership-join.js'),
    'union-insurance-enrol': () => import('@unionkit/widgets/insurance-enrol.js'),
    'union-service-map': () => import('@unionkit/widgets/service-map.js'),
    'union-event-signup': () => import('@unionkit/widgets/event-signup.js'),
    'union-job-listings': () => import('@unionkit/widgets/job-listings.js'),
    'union-help-desk': () => import('@unionkit/widgets/help-desk.js'),
  };
  const defined = new Set<string>();
  for (const tag of TAGS) {
    await modules[tag]!();
    defined.add(tag);
    for (const other of TAGS) {
      assert.equal(registry().get(other) !== undefined, defined.has(other), `after importing ${tag}: ${other}`);
    }
  }
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
});
