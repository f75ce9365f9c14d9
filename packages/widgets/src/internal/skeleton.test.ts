// The loading state is a skeleton from a widget's first render: grey placeholder cards in an
// `aria-busy` region, "正在加载…" said once to screen readers, and no motion for riders who asked for
// less. On a weak network (400 kbps, 400 ms) this is what a rider sees for seconds, instead of a blank.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define/provider.js';
import type { UnionProvider } from '../provider/provider.js';
import './testing/demo-widget.js';
import type { UnionDemoWidget } from './testing/demo-widget.js';
import { apiBaseUrl } from './testing/session.js';

/** Text a screen reader reaches in `root`: every text node not inside an aria-hidden subtree. */
function spokenText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[aria-hidden="true"]')) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A widget inside a provider. `fetchToken` undefined: the platform has not handed over a token
 * function yet; a pending promise: the token is on its way (a slow network).
 */
async function mount(fetchToken?: () => Promise<string>): Promise<UnionDemoWidget> {
  const provider = await fixture<UnionProvider>(html`<union-provider base-url=${await apiBaseUrl()} .fetchToken=${fetchToken}
    ><union-demo-widget></union-demo-widget
  ></union-provider>`);
  const widget = provider.querySelector('union-demo-widget') as UnionDemoWidget;
  await widget.updateComplete;
  return widget;
}

function loadingPart(widget: UnionDemoWidget): HTMLElement {
  const part = widget.shadowRoot!.querySelector<HTMLElement>('[part~="loading"]');
  expect(part, 'the loading part').to.exist;
  return part!;
}

describe('loading skeleton', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows placeholder cards from the first render, before the provider has a client', async () => {
    const widget = await mount(undefined);
    expect(widget.state).to.equal('idle');
    const part = loadingPart(widget);
    expect(part.getAttribute('aria-busy')).to.equal('true');
    const cards = part.querySelectorAll('.skeleton-card');
    expect(cards.length, 'placeholder cards').to.be.at.least(1);
    const line = part.querySelector<HTMLElement>('.skeleton-line')!;
    expect(line, 'placeholder lines').to.exist;
    // A grey block with a size, not an empty span.
    const box = line.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(20);
    expect(box.height).to.be.greaterThan(4);
    expect(getComputedStyle(line).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(widget).to.be.accessible();
  });

  it('stays a skeleton while the token is on its way, and is spoken once as loading', async () => {
    const widget = await mount(() => new Promise<string>(() => {}));
    expect(widget.state).to.equal('loading');
    const part = loadingPart(widget);
    expect(part.querySelectorAll('.skeleton-card').length, 'placeholder cards').to.be.at.least(1);
    for (const card of part.querySelectorAll('.skeleton-card')) expect(card.getAttribute('aria-hidden')).to.equal('true');
    expect(spokenText(part)).to.equal('正在加载…');
    // Only one loading region in the widget, so "loading" is not read out per placeholder.
    expect(widget.shadowRoot!.querySelectorAll('[aria-busy="true"]').length).to.equal(1);
  });

  it('pulses only when the rider has not asked for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await mount(undefined);
    expect(getComputedStyle(loadingPart(moving).querySelector('.skeleton-line')!).animationName).to.not.equal('none');

    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await mount(undefined);
    expect(getComputedStyle(loadingPart(still).querySelector('.skeleton-line')!).animationName).to.equal('none');
  });
});
