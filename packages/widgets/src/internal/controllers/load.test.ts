import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { ConnectionError, type UnionCore } from '@unionkit/sdk';
import { html } from 'lit';
import { UnionElement } from '../base.js';
import { hostEvents, textOf, waitUntil } from '../testing/dom.js';
import { LoadTask } from './load.js';

/** A client the loads below never call: they answer from the test. */
const fakeClient = () => ({ locale: 'zh-CN', setLocale() {} }) as unknown as UnionCore;

interface Call {
  signal: AbortSignal;
  resolve: (items: string[]) => void;
  reject: (err: unknown) => void;
}

class LoadHostElement extends UnionElement {
  readonly calls: Call[] = [];
  readonly main = new LoadTask<string[]>(
    this.controllerHost,
    (_client, signal) => new Promise<string[]>((resolve, reject) => this.calls.push({ signal, resolve, reject })),
  );
  protected renderContent() {
    return this.main.render({ ready: (items) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` });
  }
}
customElements.define('test-load-host', LoadHostElement);

/** A widget whose first load is one it runs on demand (a detail): the list after it is still the main one. */
class OnDemandFirstElement extends UnionElement {
  readonly detail = new LoadTask<string>(this.controllerHost, async () => 'detail', { auto: false });
  readonly list = new LoadTask<string[]>(this.controllerHost, async () => ['列表']);
  protected renderContent() {
    return this.list.render({ ready: (items) => html`<p>${items.join('')}</p>` });
  }
}
customElements.define('test-on-demand-first', OnDemandFirstElement);

/** A widget with a client of its own, or (`null`) with none and no provider. */
async function mount(client: UnionCore | null = fakeClient()): Promise<LoadHostElement> {
  return fixture<LoadHostElement>(fixtureHtml`<test-load-host .client=${client ?? undefined}></test-load-host>`);
}

const shown = (el: LoadHostElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => textOf(li)).join(' ');

describe('LoadTask', () => {
  it('stays idle without a client or a provider, saying it is not set up on this page (no 重试)', async () => {
    const el = await mount(null);
    expect(el.state).to.equal('idle');
    expect(el.calls).to.have.length(0);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error-state"]'), 'provider_missing shown once the page has loaded');
    expect(textOf(el.shadowRoot!.querySelector('.base'))).to.contain('此服务尚未在本页面接入');
    expect(el.shadowRoot!.querySelector('button[part~="retry"]'), 'a retry cannot help').to.equal(null);
    expect(el.state).to.equal('idle');
  });

  it('loads once a client is there; the first load drives el.state and sends union-ready once', async () => {
    const el = await mount();
    expect(el.state).to.equal('loading');
    const ready = oneEvent(el, 'union-ready');
    el.calls[0]!.resolve(['甲', '乙']);
    expect((await ready).detail).to.deep.equal({ state: 'ready' });
    await el.updateComplete;
    expect(shown(el)).to.equal('甲 乙');
    const events = hostEvents(['union-ready']);
    try {
      void el.main.run();
      el.calls[1]!.resolve([]);
      await waitUntil(() => el.state === 'empty');
      expect(events.got, 'union-ready is said once').to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('aborts the load when the widget leaves the page and loads again when it comes back', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    const first = el.calls[0]!;
    el.remove();
    expect(first.signal.aborted).to.equal(true);
    first.resolve(['too late']);
    parent.append(el);
    await waitUntil(() => el.calls.length === 2, 'loads again on return');
    el.calls[1]!.resolve(['fresh']);
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(shown(el)).to.equal('fresh');
  });

  it('loads again when the widget is given another client (another worker’s session)', async () => {
    const el = await mount();
    el.calls[0]!.resolve(['旧']);
    await waitUntil(() => el.state === 'ready');
    el.client = fakeClient();
    await waitUntil(() => el.calls.length === 2, 'a new load for the new client');
    expect(el.state).to.equal('loading');
    el.calls[1]!.resolve(['新']);
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    expect(shown(el)).to.equal('新');
  });

  it('drops the answer of a load that another replaced', async () => {
    const el = await mount();
    const second = el.main.run();
    expect(el.calls[0]!.signal.aborted, 'the replaced load is aborted').to.equal(true);
    el.calls[1]!.resolve(['new']);
    el.calls[0]!.resolve(['old']);
    await second;
    await el.updateComplete;
    expect(shown(el)).to.equal('new');
  });

  it('reports a failure once (union-error, announced) and loads again on retry', async () => {
    const el = await mount();
    const events = hostEvents(['union-error']);
    try {
      el.calls[0]!.reject(new ConnectionError());
      await waitUntil(() => el.state === 'error');
      await el.updateComplete;
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
      expect(textOf(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('网络连接失败');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
      await waitUntil(() => el.calls.length === 2);
      el.calls[1]!.resolve(['back']);
      await waitUntil(() => el.state === 'ready');
      await el.updateComplete;
      expect(shown(el)).to.equal('back');
      expect(textOf(el.shadowRoot!.querySelector('[role="alert"]')), 'the old error does not linger').to.equal('');
    } finally {
      events.stop();
    }
  });

  it('takes the first load that runs by itself as the main one, whatever was made before it', async () => {
    const el = await fixture<OnDemandFirstElement>(fixtureHtml`<test-on-demand-first .client=${fakeClient()}></test-on-demand-first>`);
    await waitUntil(() => el.state === 'ready', 'the list drives el.state');
    expect(el.detail.status).to.equal('idle');
  });

  it('renders again when the widget replaces the loaded value', async () => {
    const el = await mount();
    el.calls[0]!.resolve(['一']);
    await waitUntil(() => el.state === 'ready');
    el.main.value = ['一', '二'];
    await el.updateComplete;
    expect(shown(el)).to.equal('一 二');
  });
});
