/**
 * The job list's script tag on a page as the guide writes it (a provider with `initialToken`, the
 * widget inside): the first page of jobs is on screen before the element is registered, and the widget
 * then takes the same shadow root over and works as always. The entry runs once per page, so this file
 * holds the one page it is about.
 */
import { expect } from '@open-wc/testing';
import '../define/provider.js';
import { $$, textOf, waitUntil } from '../internal/testing/dom.js';
import { apiBaseUrl, mintSession } from '../internal/testing/session.js';

const TAG = 'union-job-listings';

describe('<script src="job-listings.js">', function () {
  this.timeout(30000);

  it('shows the first page of jobs before the widget registers, then the widget takes over in the same shadow root', async () => {
    const session = () => mintSession({ components: ['jobs'], locale: 'zh-CN' }).then((s) => s.clientToken);
    const provider = document.createElement('union-provider');
    provider.setAttribute('base-url', await apiBaseUrl());
    provider.setAttribute('locale', 'zh-CN');
    Object.assign(provider, { initialToken: session(), fetchToken: session });
    const el = document.createElement(TAG);
    provider.append(el);
    document.body.append(provider);
    const ready = new Promise((resolve) => el.addEventListener('union-ready', resolve, { once: true }));

    // What was on screen when the element was registered.
    const atRegistration = customElements.whenDefined(TAG).then(() => ({
      root: el.shadowRoot,
      titles: [...(el.shadowRoot?.querySelectorAll('[data-first-paint] li b') ?? [])].map((b) => b.textContent),
    }));
    await import('./job-listings.js');
    const painted = await atRegistration;
    expect(painted.titles).to.have.length(10);
    expect(painted.titles.every((t) => t && t.length > 0)).to.equal(true);

    await ready;
    // The widget kept the shadow root the first paint made, and the first paint is gone.
    expect(el.shadowRoot).to.equal(painted.root);
    await waitUntil(() => !el.shadowRoot!.querySelector('[data-first-paint]'), 'the first paint stayed');
    const items = $$(el, 'ul.jobs > li[data-job-id]');
    expect(items.map((li) => textOf(li.querySelector('.item-link')))).to.deep.equal(painted.titles);
    expect(items.every((li) => li.checkVisibility())).to.equal(true);
    // It is the widget, working: a job opens.
    items[0]!.querySelector<HTMLButtonElement>('.item-link')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="detail"]'), 'the job did not open');
  });
});
