// Hosted mode, end to end: the union's hosted page, served by this file's sandbox on its own origin
// (127.0.0.1:<port>), in a cross-origin frame of this test page (the platform's page, on the test
// server's origin). The worker drives the frame through the test server (puppeteer's frame API,
// scripts/test-frames.mjs) — this page's scripts cannot, and that is what is proved — and writes the
// confidential text with real key events into the field a real click focused (`tap-and-type`).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { HelpRequests, UnionCore } from '@unionkit/sdk';
import '../define/provider.js';
import type { UnionProvider } from '../provider/provider.js';
import { defineHostedFrame, type UnionHostedFrame } from '../internal/hosted-frame.js';
import { mintSession, sandboxUrl, apiBaseUrl } from '../internal/testing/session.js';
import { unionFetch } from '../internal/testing/help-desk.js';
import { FRAME_SOURCE } from './protocol.js';
import { waitUntil } from '../internal/testing/dom.js';

defineHostedFrame();

/** What the worker writes: it must never be readable by the platform's page. */
const TYPED = '站点长期克扣配送费 HOSTED-PROOF-7Q3';
const HOSTED = '/hosted/hosted.html';

interface FrameCommand {
  action: 'wait' | 'text' | 'value' | 'type' | 'tap-and-type' | 'select' | 'click' | 'url';
  selector?: string;
  text?: string;
  match?: string;
  timeoutMs?: number;
}
const frame = <T = string>(payload: FrameCommand) => executeServerCommand<T, FrameCommand>('unionkit-frame', { match: HOSTED, ...payload });

/**
 * Waits for `selector` in the frame for up to a minute, in waits shorter than a server command may
 * take: on a busy machine a send can take longer than one command.
 */
async function waitInFrame(selector: string, match = HOSTED): Promise<string> {
  let last: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await frame({ action: 'wait', selector, match, timeoutMs: 12000 });
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

/** The worker proves their mobile in the frame's privacy step (sandbox code 000000). */
async function verifyMobile(mobile: string): Promise<void> {
  await waitInFrame('union-sms-step >>> #mobile');
  await frame({ action: 'type', selector: 'union-sms-step >>> #mobile', text: mobile });
  await frame({ action: 'click', selector: 'union-sms-step >>> #sendCode' });
  await waitInFrame('union-sms-step >>> #smsCode');
  await frame({ action: 'type', selector: 'union-sms-step >>> #smsCode', text: '000000' });
  await frame({ action: 'click', selector: 'union-sms-step >>> #confirmCode' });
}

/**
 * Everything the platform's page can observe, recorded from before the frame exists: every `union-*`
 * event dispatched anywhere (and heard on window, capturing), every message posted to it, every fetch,
 * XHR and resource load it makes.
 */
function watchHostPage() {
  const events: Array<{ type: string; detail: string }> = [];
  const messages: Array<{ origin: string; data: unknown }> = [];
  const requests: string[] = [];
  const restores: Array<() => void> = [];
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event: Event) {
    if (event.type.startsWith('union-')) events.push({ type: event.type, detail: JSON.stringify((event as CustomEvent).detail ?? null) });
    return dispatch.call(this, event);
  };
  restores.push(() => (EventTarget.prototype.dispatchEvent = dispatch));
  const onMessage = (e: MessageEvent) => messages.push({ origin: e.origin, data: e.data });
  window.addEventListener('message', onMessage, { capture: true });
  restores.push(() => window.removeEventListener('message', onMessage, { capture: true }));
  // What a keyboard makes, and another tab's storage writes, heard on window and document alike.
  const inputs: string[] = [];
  const onInput = (e: Event) => inputs.push(`${e.type} ${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? (e as StorageEvent).key ?? ''}`);
  for (const target of [window, document]) {
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionend', 'storage']) {
      target.addEventListener(type, onInput, { capture: true });
      restores.push(() => target.removeEventListener(type, onInput, { capture: true }));
    }
  }
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  restores.push(() => (window.fetch = realFetch));
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    requests.push(String(url));
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  restores.push(() => (XMLHttpRequest.prototype.open = open));
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
  observer.observe({ type: 'resource', buffered: false });
  restores.push(() => observer.disconnect());
  return {
    events,
    messages,
    requests,
    inputs,
    /** Resource entries not yet delivered to the observer. */
    flush: () => observer.takeRecords().forEach((e) => requests.push(e.name)),
    restore: () => restores.reverse().forEach((r) => r()),
  };
}

/** What this origin keeps: storage and cookies. */
const hostStorage = () =>
  [
    ...Object.entries(localStorage).map(([k, v]) => `${k}=${v}`),
    ...Object.entries(sessionStorage).map(([k, v]) => `${k}=${v}`),
    document.cookie,
  ].join('\n');

async function mountFrame(attrs: { widget: string; type?: string }, fetchToken: () => Promise<string>) {
  const provider = await fixture<UnionProvider>(html`<union-provider base-url=${await apiBaseUrl()} locale="zh-CN" .fetchToken=${fetchToken}
    ><union-hosted-frame widget=${attrs.widget} type=${attrs.type ?? ''}></union-hosted-frame
  ></union-provider>`);
  const el = provider.querySelector('union-hosted-frame') as UnionHostedFrame;
  await waitUntil(() => el.ready, 'the hosted page did not say it is ready', { timeout: 30000 });
  return { provider, el, iframe: el.shadowRoot!.querySelector('iframe')! };
}

const tokens = (components: Parameters<typeof mintSession>[0]) => {
  const minted: string[] = [];
  const workerRef = `hosted-${crypto.randomUUID()}`;
  return {
    minted,
    fetchToken: async () => {
      const { clientToken } = await mintSession({ ...components, workerRef });
      minted.push(clientToken);
      return clientToken;
    },
  };
};

describe('hosted mode: the union’s page in a cross-origin frame', () => {
  it('a complaint about the platform, written and sent in the frame: the platform’s page learns neither what was typed nor that it exists', async function () {
    this.timeout(120000); // a worker's steps, each through the test server
    const watch = watchHostPage();
    try {
      const { minted, fetchToken } = tokens({ components: ['help'] });
      const { el, iframe } = await mountFrame({ widget: 'help-desk', type: 'complaint' }, fetchToken);
      const union = new URL(await sandboxUrl()).origin;

      // Cross-origin: the platform's scripts cannot reach into the frame.
      expect(new URL(iframe.src).origin).to.equal(union);
      expect(union).to.not.equal(location.origin);
      expect(iframe.contentDocument).to.equal(null);
      expect(() => (iframe.contentWindow as Window).document).to.throw();
      // The token rides in the fragment, never the query, and the hosted page took it out of its address.
      expect(new URL(iframe.src).search).to.not.include('wst_');
      expect(new URL(iframe.src).searchParams.get('token')).to.equal(null);
      // (the provider asked for a token of its own first, for widgets beside the frame)
      expect(new URLSearchParams(new URL(iframe.src).hash.slice(1)).get('token')).to.equal(minted.at(-1));
      expect(await frame({ action: 'url' })).to.not.include('#');

      // The worker, in the frame: first the privacy step (the SMS code the platform never receives)…
      await verifyMobile('13900139000');
      await waitInFrame('#help-topic');
      // …then the complaint's form, filled in and sent; the text typed key by key, as a keyboard types
      // it, into the field a real tap focused (focus is in the frame: the keys go there and only there).
      await frame({ action: 'select', selector: '#help-topic', text: 'account_deactivation' });
      await frame({ action: 'select', selector: '#help-counterparty', text: 'platform' });
      await frame({ action: 'tap-and-type', selector: '#help-description', text: TYPED });
      expect(document.activeElement).to.equal(el);
      expect(await frame({ action: 'value', selector: '#help-description' })).to.equal(TYPED);
      await frame({ action: 'click', selector: '#help-contact-phone_call' });
      await frame({ action: 'click', selector: '#help-consent' });
      await frame({ action: 'click', selector: '[part~="help-form"] [part~="send"]' });
      const reference = (
        await waitInFrame('[data-reference]').catch(async (e: unknown) => {
          throw new Error(`${String(e)}; the frame shows: ${await frame({ action: 'text', selector: '[part~="base"]' }).catch(() => '(nothing)')}`);
        })
      ).trim();
      expect(reference).to.match(/^[A-Z0-9]{2,}-[A-Z0-9-]+$/);

      watch.flush();
      const seen = JSON.stringify({ events: watch.events, messages: watch.messages, requests: watch.requests, storage: hostStorage() });
      // (That a complaint's form was opened, the page knows: the worker chose it in the platform's page.)
      for (const secret of [TYPED, 'HOSTED-PROOF', reference, 'account_deactivation', 'help-requests', 'help_']) {
        expect(seen, secret).to.not.include(secret);
      }
      // Not one keystroke, input event or storage write reached this page's window or document.
      expect(watch.inputs).to.deep.equal([]);
      // No request from this page to the API at all: the frame did the asking, from the union's origin.
      expect(watch.requests.filter((url) => url.includes('/v1/'))).to.deep.equal([]);
      // No union-* event at all from the frame's business (the provider and frame dispatch none).
      expect(watch.events).to.deep.equal([]);
      // From the frame only that it is ready and how tall it is.
      const fromFrame = watch.messages.filter((m) => m.origin === union).map((m) => m.data as { source: string; type: string });
      expect(fromFrame.length).to.be.greaterThan(0);
      for (const m of fromFrame) {
        expect(m.source).to.equal(FRAME_SOURCE);
        expect(m.type).to.be.oneOf(['ready', 'height']);
      }
      expect(el.shadowRoot!.textContent).to.not.include(TYPED);
      // The platform's own client, with the very client token it minted, finds nothing of it at the API.
      watch.restore();
      const host = new UnionCore({ baseUrl: await apiBaseUrl(), getToken: () => Promise.resolve(minted.at(-1)!) });
      const seenByHost = await new HelpRequests(host).list();
      expect(JSON.stringify(seenByHost)).to.not.include(TYPED);
      expect(seenByHost.data).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('the union token runs out while the worker writes: the SMS code is asked again over the form, nothing typed is lost, and the request goes after it', async function () {
    this.timeout(150000); // a worker's steps, each through the test server
    const LATE = '外卖平台拖欠三个月配送费 RENEWAL-PROOF-5K2';
    const { fetchToken } = tokens({ components: ['help'] });
    await mountFrame({ widget: 'help-desk', type: 'complaint' }, fetchToken);
    await verifyMobile('13800138000');
    await waitInFrame('#help-topic');
    await frame({ action: 'select', selector: '#help-topic', text: 'wage_arrears' });
    await frame({ action: 'select', selector: '#help-counterparty', text: 'platform' });
    await frame({ action: 'type', selector: '#help-description', text: LATE });
    await frame({ action: 'click', selector: '#help-contact-phone_call' });
    await frame({ action: 'click', selector: '#help-consent' });
    // Sixteen minutes of writing later (the sandbox's clock): the union token's 15 minutes are over.
    await executeServerCommand('unionkit-sandbox-advance', { ms: 16 * 60 * 1000 });
    await frame({ action: 'click', selector: '[part~="help-form"] [part~="send"]' });
    // The step again, in a dialog over the form, the code already sent to the same number…
    expect(await waitInFrame('dialog[open] union-sms-step >>> #union-step-heading')).to.include('请再次验证手机号');
    await waitInFrame('dialog[open] union-sms-step >>> #smsCode');
    // …and the form behind it as the worker left it.
    expect(await frame({ action: 'value', selector: '#help-description' })).to.equal(LATE);
    await frame({ action: 'type', selector: 'dialog[open] union-sms-step >>> #smsCode', text: '000000' });
    await frame({ action: 'click', selector: 'dialog[open] union-sms-step >>> #confirmCode' });
    // The request went after it, once, with what was typed: the union sees it (a union token of the same
    // worker and number, as the union's page on its own origin asks).
    const reference = (await waitInFrame('[data-reference]')).trim();
    const union = new UnionCore({
      baseUrl: await apiBaseUrl(),
      token: await executeServerCommand<string, { clientToken: string }>('unionkit-union-token', { clientToken: await fetchToken() }),
      fetch: unionFetch,
    });
    const filed = (await new HelpRequests(union).list()).data.filter((r) => r.type === 'complaint');
    expect(filed.map((r) => [r.reference, r.description])).to.deep.equal([[reference, LATE]]);
  });

  it('says in plain words that the platform cannot see it, and offers the system browser (token in the fragment only)', async function () {
    this.timeout(60000);
    const { minted, fetchToken } = tokens({ components: ['help'] });
    const { el } = await mountFrame({ widget: 'help-desk', type: 'legal_aid' }, fetchToken);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('您填写的内容直接发送给工会，平台无法看到');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="external"]')!;
    expect(link.textContent).to.include('在系统浏览器中继续');
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    const url = new URL(link.href);
    expect(url.pathname).to.equal(HOSTED);
    expect(url.searchParams.get('origin')).to.equal(null);
    expect(url.search).to.not.include('wst_');
    expect(new URLSearchParams(url.hash.slice(1)).get('token')).to.equal(minted.at(-1));
    await expect(el).to.be.accessible();

    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('What you write goes straight to the union; the platform cannot see it');
  });

  it('continued in the system browser, the hosted page shows the form on its own, with no parent to talk to', async function () {
    this.timeout(60000);
    const { fetchToken } = tokens({ components: ['help'] });
    const { el } = await mountFrame({ widget: 'help-desk', type: 'complaint' }, fetchToken);
    const href = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="external"]')!.href;
    const tab = await executeServerCommand<{ url: string; text: string }, { action: string; url: string; selector: string }>('unionkit-frame', {
      action: 'top-level',
      url: href,
      // The privacy step comes first: the code sent to the worker's phone, before any form.
      selector: 'union-sms-step >>> #mobile',
    });
    // The token was read and taken out of the address; the privacy step is there.
    expect(tab.url).to.not.include('#');
    expect(tab.url).to.not.include('wst_');
  });

  it('without a token for the frame it says so plainly and offers a retry, which opens it', async function () {
    this.timeout(60000);
    const { fetchToken } = tokens({ components: ['help'] });
    let fail = true;
    const provider = await fixture<UnionProvider>(html`<union-provider
      base-url=${await apiBaseUrl()}
      .fetchToken=${() => (fail ? Promise.reject(new Error('session endpoint down')) : fetchToken())}
      ><union-hosted-frame widget="help-desk" type="complaint"></union-hosted-frame
    ></union-provider>`);
    const el = provider.querySelector('union-hosted-frame') as UnionHostedFrame;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no failure shown');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('无法打开工会页面');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => el.ready, 'the retry did not open the frame', { timeout: 30000 });
  });

  it('inside a provider given a ready client (no fetchToken) it says at once that it cannot open, rather than wait', async () => {
    const { clientToken } = await mintSession({ components: ['help'] });
    const client = new UnionCore({ baseUrl: await apiBaseUrl(), token: clientToken });
    const provider = await fixture<UnionProvider>(html`<union-provider .client=${client}
      ><union-hosted-frame widget="help-desk" type="complaint"></union-hosted-frame
    ></union-provider>`);
    const el = provider.querySelector('union-hosted-frame') as UnionHostedFrame;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('无法打开工会页面');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('an expired token is renewed through the bridge: the frame asks, the platform’s fetchToken answers, the worker carries on', async function () {
    this.timeout(90000);
    const { minted, fetchToken } = tokens({ components: ['jobs'] });
    await mountFrame({ widget: 'job-listings' }, fetchToken);
    const before = minted.length;
    await executeServerCommand('unionkit-sandbox-advance', { ms: 16 * 60 * 1000 });
    // The next call from the frame (a search) meets token_expired; the hosted page asks this page for a new token.
    await frame({ action: 'type', selector: 'form.search input', text: '骑手' });
    await frame({ action: 'click', selector: 'form.search button[type="submit"]' });
    await waitUntil(() => minted.length === before + 1, 'the frame did not ask for a new token', { timeout: 30000 });
    // … and the search went through with it: results, no error.
    await waitInFrame('.item-link');
    expect(await frame({ action: 'text', selector: '[role="alert"]' })).to.equal('');
  });

  it('a parent that is not the registered origin it claims gets no message, and the page shows no widget', async function () {
    this.timeout(60000);
    const { clientToken } = await mintSession({ components: ['jobs'] });
    const union = new URL(await sandboxUrl()).origin;
    // The test page claims another registered origin than its own, then one no partner registered.
    const other = location.hostname === 'localhost' ? `http://127.0.0.1:${location.port}` : `http://localhost:${location.port}`;
    for (const claimed of [other, 'http://attacker.invalid']) {
      const watch = watchHostPage();
      const iframe = document.createElement('iframe');
      // A mark of this frame's own in its address, so the commands drive this one.
      const match = `mark=${crypto.randomUUID()}`;
      try {
        iframe.src = `${union}${HOSTED}?widget=job-listings&locale=zh-CN&${match}&origin=${encodeURIComponent(claimed)}#token=${clientToken}`;
        document.body.append(iframe);
        const refusal = await waitInFrame('.hosted-problem', match);
        expect(refusal).to.include('无法确认嵌入本页的应用');
        expect(await frame({ action: 'text', selector: 'main', match })).to.not.include('职位');
        expect(watch.messages.filter((m) => m.origin === union)).to.deep.equal([]);
      } finally {
        iframe.remove();
        watch.restore();
      }
    }
  });

  it('a page on an origin no partner registered cannot frame the hosted page, and hears nothing from it', async function () {
    this.timeout(60000);
    const { clientToken } = await mintSession({ components: ['jobs'] });
    const union = new URL(await sandboxUrl()).origin;
    const src = `${union}${HOSTED}?widget=job-listings&locale=zh-CN&origin=${encodeURIComponent('http://unregistered.invalid')}#token=${clientToken}`;
    const result = await executeServerCommand<{ frameUrl: string; frameText: string; received: unknown[] }, { action: string; src: string }>('unionkit-frame', {
      action: 'foreign-page',
      src,
    });
    expect(result.received).to.deep.equal([]);
    // The CSP's frame-ancestors refuses it; were it shown, the page would refuse the parent itself.
    expect(result.frameText).to.not.include('职位');
  });
});
