import { expect, oneEvent } from '@open-wc/testing';
import type { UnionCore } from '@unionkit/sdk';
import { runCommonWidgetSuite, mountWidget, settled } from './testing/common-suite.js';
import { $, textOf, waitUntil } from './testing/dom.js';
import { createTestClient } from './testing/session.js';
import './testing/demo-widget.js';
import type { UnionDemoWidget } from './testing/demo-widget.js';

// The suite every widget runs, over a minimal widget built on UnionElement.
runCommonWidgetSuite('UnionElement (demo widget)', { tag: 'union-demo-widget', session: { components: ['service_map'] } });

describe('UnionElement', () => {
  it('shows the empty state when the first load finds nothing, and says union-ready', async () => {
    const client = await createTestClient({ session: { components: ['service_map'] } });
    let ready!: Promise<CustomEvent>;
    const el = await mountWidget('union-demo-widget', client, (w) => {
      (w as UnionDemoWidget).emptyQuery = true;
      ready = oneEvent(w, 'union-ready');
    });
    const event = await ready;
    expect(el.state).to.equal('empty');
    expect(event.detail).to.deep.equal({ state: 'empty' });
    await el.updateComplete;
    expect(textOf($(el, '[part~="empty"]'))).to.equal('暂无内容');
    expect($(el, '[part~="loading"]'), 'no loading left').to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('says it is not set up on this page when it has neither a client nor a provider', async () => {
    const el = await mountWidget('union-demo-widget', undefined);
    expect(el.state).to.equal('idle');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('此服务尚未在本页面接入'), 'provider_missing shown');
    await expect(el).to.be.accessible();
  });

  it('keeps one idempotency key per create until it succeeds', async () => {
    const el = (await mountWidget('union-demo-widget', await createTestClient())) as UnionDemoWidget;
    await settled(el);
    const keys: (string | undefined)[] = [];
    let fail = true;
    const attempt = () =>
      el.create('apply', async (_client: UnionCore, options: { idempotencyKey?: string }) => {
        keys.push(options.idempotencyKey);
        if (fail) throw new TypeError('Failed to fetch'); // not an SDK error → unknown_error, not retryable
        return 'ok';
      });
    // A retryable failure keeps the key: simulate with a ConnectionError-like SDK error.
    const { ConnectionError } = await import('@unionkit/sdk');
    const retryable = () =>
      el.create('apply', async (_client: UnionCore, options: { idempotencyKey?: string }) => {
        keys.push(options.idempotencyKey);
        if (fail) throw new ConnectionError();
        return 'ok';
      });
    const first = await retryable();
    expect(first.ok).to.equal(false);
    expect(first.ok ? undefined : first.error).to.include({ code: 'network_error', retryable: true });
    fail = false;
    const second = await retryable();
    expect(second).to.deep.equal({ ok: true, value: 'ok' });
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
    // After success, the next logical create gets a new key.
    await retryable();
    expect(keys[2]).to.not.equal(keys[0]);
    // A failure a retry cannot fix drops the key too.
    fail = true;
    await attempt();
    fail = false;
    await attempt();
    expect(keys[4]).to.not.equal(keys[3]);
  });

  it('does not submit twice while a create is running', async () => {
    const el = (await mountWidget('union-demo-widget', await createTestClient())) as UnionDemoWidget;
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const run = () =>
      el.create('apply', async () => {
        calls++;
        await gate;
        return 1;
      });
    const a = run();
    const b = run();
    release();
    expect(await a).to.deep.equal(await b);
    expect(calls).to.equal(1);
  });

  it('empties the alert region once the error is resolved, so no old error lingers after success', async () => {
    const el = (await mountWidget('union-demo-widget', await createTestClient())) as UnionDemoWidget;
    await settled(el);
    const { ConnectionError } = await import('@unionkit/sdk');
    let fail = true;
    const send = () =>
      el.create('send', async () => {
        if (fail) throw new ConnectionError();
        return 'ok';
      });
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim();
    await send();
    await el.updateComplete;
    expect(alert()).to.contain('网络连接失败');
    fail = false;
    expect((await send()).ok).to.equal(true);
    await el.updateComplete;
    expect(alert()).to.equal('');
  });

  it('sends the widget’s language with its own client and loads again in a new one', async () => {
    const languages: string[] = [];
    const client = await createTestClient({
      session: { components: ['service_map'] },
      fetch: (input: Request, init?: RequestInit) => {
        languages.push(input.headers.get('accept-language') ?? '');
        return globalThis.fetch(input, init);
      },
    });
    const el = await mountWidget('union-demo-widget', client, (w) => {
      w.locale = 'en';
    });
    await settled(el);
    expect(languages).to.deep.equal(['en']);
    el.locale = 'zh-CN';
    await waitUntil(() => languages.length === 2, 'loads again in the new language');
    await settled(el);
    expect(languages[1]).to.equal('zh-CN');
  });

  it('moves focus to the step heading on request', async () => {
    const el = await mountWidget('union-demo-widget', await createTestClient());
    await settled(el);
    await (el as unknown as { focusHeading(): Promise<void> }).focusHeading();
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[data-step-heading]'));
  });
});
