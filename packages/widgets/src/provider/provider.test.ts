import { expect, fixture, html } from '@open-wc/testing';
import { UnionClient, UnionCore } from '@unionkit/sdk';
import { getResponse } from 'msw';
import { createSandbox } from '@unionkit/mock-server';
import '../define/provider.js';
import { UnionProvider } from './provider.js';
import '../internal/testing/demo-widget.js';
import type { UnionDemoWidget } from '../internal/testing/demo-widget.js';
import { apiBaseUrl, mintSession } from '../internal/testing/session.js';
import { settled } from '../internal/testing/common-suite.js';
import { waitUntil } from '../internal/testing/dom.js';

async function mount(fetchToken: () => Promise<string>, attrs: { locale?: string; mode?: string; theme?: string } = {}) {
  const baseUrl = await apiBaseUrl();
  const provider = await fixture<UnionProvider>(html`<union-provider
    base-url=${baseUrl}
    locale=${attrs.locale ?? 'zh-CN'}
    theme=${attrs.theme ?? 'auto'}
    .fetchToken=${fetchToken}
    ><union-demo-widget></union-demo-widget
  ></union-provider>`);
  const widget = provider.querySelector('union-demo-widget') as UnionDemoWidget;
  return { provider, widget };
}

/** Records the Authorization header of every API request the page makes until `restore()`. */
function watchAuthorization(): { seenAuth: string[]; restore: () => void } {
  const realFetch = window.fetch;
  const seenAuth: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.url.includes('/v1/')) seenAuth.push(request.headers.get('authorization') ?? '');
    return realFetch(input, init);
  };
  return { seenAuth, restore: () => void (window.fetch = realFetch) };
}

describe('<union-provider>', () => {
  it('builds one client, calls fetchToken at start and gives the session to the widgets', async () => {
    let calls = 0;
    const session = await mintSession({ components: ['service_map'] });
    const { provider, widget } = await mount(async () => {
      calls++;
      return session.clientToken;
    });
    expect(await settled(widget)).to.be.oneOf(['ready', 'empty']);
    expect(calls).to.equal(1);
    expect(provider.resolvedClient).to.be.instanceOf(UnionCore);
    expect(provider.resolvedClient).to.equal(provider.resolvedClient);
    await expect(provider).to.be.accessible();
  });

  it('asks fetchToken as soon as it has base-url and fetchToken, before any widget, and the widgets share that token', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const baseUrl = await apiBaseUrl();
    let calls = 0;
    const { seenAuth, restore } = watchAuthorization();
    try {
      // No widget inside yet: the page's widget code may still be on its way.
      const provider = await fixture<UnionProvider>(html`<union-provider base-url=${baseUrl}></union-provider>`);
      provider.fetchToken = async () => {
        calls++;
        return session.clientToken;
      };
      await provider.updateComplete;
      expect(calls).to.equal(1);
      expect(seenAuth).to.deep.equal([]);

      provider.append(document.createElement('union-demo-widget'), document.createElement('union-demo-widget'));
      const widgets = [...provider.querySelectorAll('union-demo-widget')] as UnionDemoWidget[];
      for (const widget of widgets) expect(await settled(widget)).to.be.oneOf(['ready', 'empty']);
      expect(calls).to.equal(1);
      expect(seenAuth.length).to.be.greaterThan(0);
      expect(new Set(seenAuth)).to.deep.equal(new Set([`Bearer ${session.clientToken}`]));
    } finally {
      restore();
    }
  });

  it('uses the token the page asked for early (initialToken) for the first requests, and fetchToken only when it expires', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const baseUrl = await apiBaseUrl();
    let calls = 0;
    const { seenAuth, restore } = watchAuthorization();
    try {
      // The page started asking its server before the widgets' code arrived.
      const early = Promise.resolve(session.clientToken);
      const provider = await fixture<UnionProvider>(html`<union-provider base-url=${baseUrl}
        ><union-demo-widget></union-demo-widget
      ></union-provider>`);
      Object.assign(provider, {
        initialToken: early,
        fetchToken: async () => {
          calls++;
          return 'wst_not_needed_yet';
        },
      });
      const widget = provider.querySelector('union-demo-widget') as UnionDemoWidget;
      expect(await settled(widget)).to.be.oneOf(['ready', 'empty']);
      expect(calls, 'fetchToken is kept for an expired token').to.equal(0);
      expect(seenAuth.length).to.be.greaterThan(0);
      expect(new Set(seenAuth)).to.deep.equal(new Set([`Bearer ${session.clientToken}`]));
    } finally {
      restore();
    }
  });

  it('a fetchToken that fails ahead of time is reported by the first request and asked again on retry', async () => {
    const session = await mintSession({ components: ['service_map'] });
    let calls = 0;
    const { widget } = await mount(async () => {
      calls++;
      if (calls === 1) throw new Error('session endpoint down');
      return session.clientToken;
    });
    expect(await settled(widget)).to.equal('error');
    await widget.points.run();
    expect(widget.points.status).to.be.oneOf(['ready', 'empty']);
    expect(calls).to.equal(2);
  });

  it('on token_expired calls fetchToken again and retries the failed call once, invisibly', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const tokens: string[] = [];
    const errors: Event[] = [];
    const onError = (e: Event) => errors.push(e);
    window.addEventListener('union-error', onError);
    // The sandbox's tokens live 15 minutes, so the first API call is answered as if its token had
    // expired (the contract's problem body); every later call reaches the sandbox.
    const realFetch = window.fetch;
    const seenAuth: string[] = [];
    let answered = false;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      if (req.url.includes('/v1/')) seenAuth.push(req.headers.get('authorization') ?? '');
      if (!answered && req.url.includes('/v1/service-points')) {
        answered = true;
        return new Response(
          JSON.stringify({
            type: 'urn:unionkit:problem:token_expired',
            title: '令牌已过期 Token expired',
            status: 401,
            detail: 'The client token is past its expiresAt.',
            code: 'token_expired',
            requestId: 'req_test_expired',
          }),
          { status: 401, headers: { 'content-type': 'application/problem+json', 'request-id': 'req_test_expired' } },
        );
      }
      return realFetch(input, init);
    };
    try {
      const { widget } = await mount(async () => {
        tokens.push(tokens.length === 0 ? 'wst_expired_first' : session.clientToken);
        return tokens[tokens.length - 1]!;
      });
      expect(await settled(widget)).to.be.oneOf(['ready', 'empty']);
      expect(tokens).to.deep.equal(['wst_expired_first', session.clientToken]);
      expect(seenAuth).to.deep.equal(['Bearer wst_expired_first', `Bearer ${session.clientToken}`]);
      expect(errors).to.have.length(0);
      expect(widget.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
    } finally {
      window.fetch = realFetch;
      window.removeEventListener('union-error', onError);
    }
  });

  it('a token the sandbox really expired is replaced through fetchToken and the call retried once', async () => {
    // A sandbox of our own in the page, so its clock can move 16 minutes without touching other tests.
    const sandbox = createSandbox({ baseUrl: 'http://sandbox.invalid/v1' });
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.startsWith('http://sandbox.invalid/')) return realFetch(input, init);
      return (await getResponse(sandbox.handlers, request)) ?? new Response(null, { status: 404 });
    };
    const partner = new UnionClient({
      baseUrl: 'http://sandbox.invalid/v1',
      token: 'sk_test_demo_delivery',
      dangerouslyAllowSecretKeyInBrowser: true, // plays the partner's server
    });
    const minted: string[] = [];
    const errors: Event[] = [];
    const onError = (e: Event) => errors.push(e);
    window.addEventListener('union-error', onError);
    try {
      const provider = await fixture<UnionProvider>(html`<union-provider
        base-url="http://sandbox.invalid/v1"
        .fetchToken=${async () => {
          const session = await partner.widgetSessions.create({ workerRef: 'expiring-rider', components: ['service_map'] });
          minted.push(session.clientToken);
          return session.clientToken;
        }}
        ><union-demo-widget></union-demo-widget
      ></union-provider>`);
      const widget = provider.querySelector('union-demo-widget') as UnionDemoWidget;
      expect(await settled(widget)).to.be.oneOf(['ready', 'empty']);
      expect(minted).to.have.length(1);

      sandbox.store.clock.advance(16 * 60 * 1000);
      const stale = await fetch('http://sandbox.invalid/v1/service-points', { headers: { authorization: `Bearer ${minted[0]}` } });
      expect(((await stale.json()) as { code: string }).code).to.equal('token_expired');

      await widget.points.run();
      expect(widget.points.status).to.be.oneOf(['ready', 'empty']);
      expect(minted).to.have.length(2);
      expect(errors).to.have.length(0);
      expect(widget.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
    } finally {
      window.fetch = realFetch;
      window.removeEventListener('union-error', onError);
      sandbox.dispose();
    }
  });

  it('passes locale, theme and care mode to the widgets and re-provides on change', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const { provider, widget } = await mount(async () => session.clientToken);
    await settled(widget);
    const base = () => widget.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base().getAttribute('lang')).to.equal('zh-CN');
    provider.locale = 'en';
    await waitUntil(() => base().getAttribute('lang') === 'en', 'widget did not follow the provider locale');
    provider.mode = 'care';
    provider.theme = 'dark';
    await provider.updateComplete;
    await widget.updateComplete;
    expect(base().classList.contains('care')).to.equal(true);
    expect(base().classList.contains('theme-dark')).to.equal(true);
    // The widget's own attribute wins over the provider's.
    widget.locale = 'zh-CN';
    await widget.updateComplete;
    expect(base().getAttribute('lang')).to.equal('zh-CN');
  });

  it('asks the API in its locale (Accept-Language), and again in the new one when it changes', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const realFetch = window.fetch;
    const languages: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.includes('/v1/service-points')) languages.push(request.headers.get('accept-language') ?? '');
      return realFetch(input, init);
    };
    try {
      const { provider, widget } = await mount(async () => session.clientToken, { locale: 'en' });
      await settled(widget);
      expect(languages).to.deep.equal(['en']);
      expect(provider.resolvedClient!.locale).to.equal('en');
      provider.locale = 'zh-CN';
      await waitUntil(() => languages.length === 2, 'the widget loads again in the provider’s new language');
      await settled(widget);
      expect(languages[1]).to.equal('zh-CN');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('uses a client given directly instead of building one', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const client = new UnionCore({ baseUrl: await apiBaseUrl(), token: session.clientToken });
    const provider = await fixture<UnionProvider>(html`<union-provider .client=${client}
      ><union-demo-widget></union-demo-widget
    ></union-provider>`);
    const widget = provider.querySelector('union-demo-widget') as UnionDemoWidget;
    expect(await settled(widget)).to.be.oneOf(['ready', 'empty']);
    expect(provider.resolvedClient).to.equal(client);
  });

  it('serves widgets whose code ran first: a provider defined after them (scripts loaded async) still gives them the client', async () => {
    // With <script type="module" async>, the widget's script may run before the provider's: the widget
    // is then upgraded inside a provider element that is not one yet, and asks for the context first.
    const session = await mintSession({ components: ['service_map'] });
    const baseUrl = await apiBaseUrl();
    const tag = `union-provider-late-${Math.random().toString(36).slice(2)}`;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<${tag} base-url="${baseUrl}" locale="zh-CN"><union-demo-widget></union-demo-widget></${tag}>`;
    const widget = host.querySelector('union-demo-widget') as UnionDemoWidget;
    const pending = host.querySelector(tag) as UnionProvider;
    Object.assign(pending, { initialToken: Promise.resolve(session.clientToken), fetchToken: async () => session.clientToken });
    await widget.updateComplete;
    expect(widget.state, 'no provider yet: nothing to load with').to.equal('idle');
    customElements.define(tag, class extends UnionProvider {});
    await waitUntil(() => widget.state === 'ready' || widget.state === 'empty', 'the widget never got the provider’s client');
    expect((host.querySelector(tag) as UnionProvider).resolvedClient).to.be.instanceOf(UnionCore);
  });
});
