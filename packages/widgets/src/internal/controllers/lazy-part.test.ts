import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { UnionCore } from '@unionkit/sdk';
import { html } from 'lit';
import { UnionElement } from '../base.js';
import { hostEvents, textOf, waitUntil } from '../testing/dom.js';
import { LazyPart } from './lazy-part.js';

interface Form {
  renderForm(): unknown;
}

/** A widget whose form part arrives when the test says so (or fails like a dropped connection). */
class LazyHostElement extends UnionElement {
  readonly asks: { resolve: (m: Form) => void; reject: (e: unknown) => void }[] = [];
  readonly form = new LazyPart<Form>(
    this.controllerHost,
    () => new Promise<Form>((resolve, reject) => this.asks.push({ resolve, reject })),
    { prefetch: false },
  );
  readonly early = new LazyPart<Form>(this.controllerHost, async () => ({ renderForm: () => html`<p>早</p>` }));
  open = false;
  protected renderContent() {
    return this.open ? this.form.render((m) => m.renderForm()) : html`<p>列表</p>`;
  }
}
customElements.define('test-lazy-host', LazyHostElement);

// A widget set up as a page would (it asks nothing of the API here): without a client or a provider it would say provider_missing.
const client = new UnionCore({ baseUrl: 'http://localhost:9/v1', token: 'wst_test_lazy' });
const mount = () => fixture<LazyHostElement>(fixtureHtml`<test-lazy-host .client=${client}></test-lazy-host>`);
const body = (el: LazyHostElement) => textOf(el.shadowRoot!.querySelector('.base'));
const form: Form = { renderForm: () => html`<form><label>留言</label></form>` };

describe('LazyPart (a part of a widget loaded on demand)', () => {
  it('is not asked for before it is needed when prefetch is off, then asked once however often it renders', async () => {
    const el = await mount();
    expect(el.asks).to.have.length(0);
    el.open = true;
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.asks).to.have.length(1);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    el.asks[0]!.resolve(form);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the part renders once it arrives');
    expect(el.asks).to.have.length(1);
  });

  it('is fetched ahead of need once the widget has rendered and the browser is idle', async () => {
    const el = await mount();
    await waitUntil(() => el.early.module !== undefined, 'the prefetching part arrives without being opened');
    expect(body(el)).to.contain('列表');
  });

  it('shows the shared error with 重试 when the chunk cannot load, and loads on retry', async () => {
    const events = hostEvents(['union-error']);
    try {
      const el = await mount();
      el.open = true;
      el.requestUpdate();
      await waitUntil(() => el.asks.length === 1);
      el.asks[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      await waitUntil(() => el.shadowRoot!.querySelector('button[part~="retry"]'), 'retry offered');
      expect(events.of('union-error')).to.have.length(1);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
      await waitUntil(() => el.asks.length === 2, 'a retry asks for the part again');
      el.asks[1]!.resolve(form);
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the part renders after the retry');
    } finally {
      events.stop();
    }
  });
});
