/**
 * Diagnostics: a widget set up wrong says which fault it is, with a code of its own, without a
 * pointless 重试, and in development (a page served from localhost) tells the platform's engineer the
 * fix in the console — never on a production page, never with a key or a token. And errors of another
 * copy of the SDK on the page are told apart as well as this copy's own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as sdk from '@unionkit/sdk';
import '../define/provider.js';
import type { UnionProvider } from '../provider/provider.js';
import './testing/demo-widget.js';
import type { UnionDemoWidget } from './testing/demo-widget.js';
import { settled } from './testing/common-suite.js';
import { $, hostEvents, textOf, waitUntil } from './testing/dom.js';
import { apiBaseUrl, mintSession } from './testing/session.js';
import { toErrorInfo } from './errors.js';
import { zhCN } from './localize/index.js';

const SECRET = 'sk_test_demo_delivery';

async function mount(fetchToken: () => Promise<unknown>): Promise<{ provider: UnionProvider; widget: UnionDemoWidget }> {
  const provider = await fixture<UnionProvider>(html`<union-provider base-url=${await apiBaseUrl()} .fetchToken=${fetchToken}
    ><union-demo-widget></union-demo-widget
  ></union-provider>`);
  return { provider, widget: provider.querySelector('union-demo-widget')! };
}

/** What `console.warn` says until `stop()`. */
function watchWarnings(): { lines: string[]; stop: () => void } {
  const real = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return { lines, stop: () => void (console.warn = real) };
}

/** Every request the page sends until `stop()`: method, URL, headers and body, as one string each. */
function watchRequests(): { sent: string[]; stop: () => void } {
  const real = window.fetch;
  const sent: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    sent.push(`${request.method} ${request.url} ${JSON.stringify([...request.headers])} ${body}`);
    return real(input, init);
  };
  return { sent, stop: () => void (window.fetch = real) };
}

const errorsOf = (events: ReturnType<typeof hostEvents>) => events.of('union-error').map((e) => e.detail);

describe('diagnostics', () => {
  it('a widget with neither a provider nor a client says provider_missing: the words, no 重试, union-error, and the fix in the console', async () => {
    const events = hostEvents(['union-error']);
    const warnings = watchWarnings();
    try {
      const el = await fixture<UnionDemoWidget>(html`<union-demo-widget></union-demo-widget>`);
      await waitUntil(() => errorsOf(events).length > 0, 'union-error once the page has loaded');
      expect(errorsOf(events)).to.deep.equal([{ code: 'provider_missing', retryable: false }]);
      await el.updateComplete;
      expect(textOf($(el, '[part~="error-state"]'))).to.contain('此服务尚未在本页面接入');
      expect($(el, 'button[part~="retry"]'), 'a retry cannot bring a provider').to.equal(null);
      expect(textOf($(el, '[role="alert"]')), 'announced').to.contain('此服务尚未在本页面接入');
      await waitUntil(() => warnings.lines.length > 0, 'a development warning');
      expect(warnings.lines).to.have.length(1);
      const [line] = warnings.lines;
      expect(line, 'names the element').to.contain('<union-demo-widget>');
      expect(line, 'says what to add').to.match(/<union-provider base-url=.*fetchToken.*client/);
      expect(line, 'the code and the docs').to.contain('provider_missing').and.contain('docs/widgets.en.md#');
      expect(line.split('\n'), 'one line').to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.stop();
      events.stop();
    }
  });

  it('a create with neither a provider nor a client is provider_missing too, not not_configured', async () => {
    const el = await fixture<UnionDemoWidget>(html`<union-demo-widget></union-demo-widget>`);
    const result = await el.create('k', async () => 'never');
    expect(result.ok).to.equal(false);
    expect(!result.ok && { code: result.error.code, retryable: result.error.retryable }).to.deep.equal({ code: 'provider_missing', retryable: false });
  });

  it('a failing fetchToken is token_fetch_failed with 重试, which asks fetchToken again and recovers', async () => {
    const session = await mintSession({ components: ['service_map'] });
    let calls = 0;
    const events = hostEvents(['union-error']);
    try {
      const { widget } = await mount(async () => {
        calls++;
        if (calls === 1) throw new Error('session endpoint down');
        return session.clientToken;
      });
      expect(await settled(widget)).to.equal('error');
      expect(errorsOf(events)).to.deep.equal([{ code: 'token_fetch_failed', retryable: true }]);
      expect(textOf($(widget, '[part~="error-state"]'))).to.contain('暂时无法连接工会服务');
      $<HTMLButtonElement>(widget, 'button[part~="retry"]')!.click();
      await waitUntil(() => widget.state === 'ready' || widget.state === 'empty', 'recovered after 重试');
      expect(calls).to.equal(2);
      expect(textOf($(widget, '[role="alert"]')), 'no old error lingers').to.equal('');
    } finally {
      events.stop();
    }
  });

  it('a fetchToken that resolves to something that is not a client token (the whole session) is token_fetch_failed, and nothing is sent', async () => {
    const session = await mintSession({ components: ['service_map'] });
    const requests = watchRequests();
    const events = hostEvents(['union-error']);
    try {
      const { widget } = await mount(async () => session);
      expect(await settled(widget)).to.equal('error');
      expect(errorsOf(events)).to.deep.equal([{ code: 'token_fetch_failed', retryable: true }]);
      expect(requests.sent.filter((r) => r.includes('/v1/')), 'no request without a token').to.deep.equal([]);
    } finally {
      requests.stop();
      events.stop();
    }
  });

  it('a secret key from fetchToken is refused and never sent: secret_key_in_browser, no 重试, and no request, event or log carries it', async () => {
    const requests = watchRequests();
    const events = hostEvents(['union-error']);
    const warnings = watchWarnings();
    try {
      const { widget } = await mount(async () => SECRET);
      expect(await settled(widget)).to.equal('error');
      expect(errorsOf(events)).to.deep.equal([{ code: 'secret_key_in_browser', retryable: false }]);
      expect(textOf($(widget, '[part~="error-state"]'))).to.contain('服务配置有误');
      expect($(widget, 'button[part~="retry"]'), 'a retry cannot make a secret key usable').to.equal(null);
      await waitUntil(() => warnings.lines.some((l) => l.includes('secret_key_in_browser')), 'a development warning');
      expect(warnings.lines.find((l) => l.includes('secret_key_in_browser'))).to.contain('<union-demo-widget>').and.contain('POST /v1/widget-sessions');
      expect(requests.sent.filter((r) => r.includes('/v1/')), 'nothing sent at all').to.deep.equal([]);
      expect(requests.sent.join('\n')).to.not.contain(SECRET);
      expect(JSON.stringify(errorsOf(events))).to.not.contain(SECRET);
      expect(warnings.lines.join('\n')).to.not.contain(SECRET);
      expect(widget.shadowRoot!.innerHTML).to.not.contain(SECRET);
    } finally {
      warnings.stop();
      requests.stop();
      events.stop();
    }
  });

  it('says nothing in the console on a production page (one not served from localhost)', async () => {
    // A srcdoc frame's page has no host name: for the widgets it is a production page. It loads the
    // same modules (a realm of its own) and records its console and union-error events.
    const widgetUrl = new URL('./testing/demo-widget.ts', import.meta.url).href;
    const devUrl = new URL('./localize/dev.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><body>
      <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' ')); window.errors = [];
        addEventListener('union-error', (e) => errors.push(e.detail));</script>
      <union-demo-widget></union-demo-widget>
      <script type="module">import ${JSON.stringify(widgetUrl)}; import { isDevelopment } from ${JSON.stringify(devUrl)}; window.dev = isDevelopment();</script>
    </body></html>`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & { warnings?: string[]; errors?: unknown[]; dev?: boolean };
      await waitUntil(() => win.errors?.length, 'the production page reports provider_missing too');
      expect(win.errors).to.deep.equal([{ code: 'provider_missing', retryable: false }]);
      expect(win.dev, 'not development').to.equal(false);
      // The diagnostics module is what warns; in production it is not even fetched.
      const fetched = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(fetched.some((name) => name.includes('/internal/diagnostics'))).to.equal(false);
      // (Lit's own development build says it is one: that is Lit's line, not ours.)
      expect(win.warnings!.filter((line) => !line.startsWith('Lit is in dev mode'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('an error thrown by a second copy of the SDK gets its own code, not unknown_error', async () => {
    // Another copy of the SDK's errors module (another URL is another module, with classes of its own),
    // as when a partner's bundle carries its own @unionkit/sdk beside the widgets'.
    const url = new URL('../../../sdk/src/core/errors.ts', import.meta.url);
    url.search = '?copy=partner';
    const other = (await import(/* @vite-ignore */ url.href)) as typeof sdk;
    expect(other.ApiError).to.not.equal(sdk.ApiError);
    const problem = { type: 'urn:unionkit:problem:not_a_member', title: 'x', status: 404, code: 'not_a_member', requestId: 'req_1' };
    const cases: [unknown, { code: string; retryable: boolean }][] = [
      [new other.NotFoundError(404, problem, new Headers()), { code: 'not_a_member', retryable: false }],
      [new other.ServerError(503, undefined, new Headers()), { code: 'server_error', retryable: true }],
      [new other.TimeoutError(), { code: 'timeout', retryable: true }],
      [new other.ConnectionError(), { code: 'network_error', retryable: true }],
      [new other.TokenError('down'), { code: 'token_fetch_failed', retryable: true }],
      [new other.TokenError('key', { code: 'secret_key_in_browser' }), { code: 'secret_key_in_browser', retryable: false }],
      [new other.RequestValidationError([{ path: 'mobile', code: 'invalid_format', message: 'x' }]), { code: 'validation_failed', retryable: false }],
    ];
    for (const [err, expected] of cases) {
      const info = toErrorInfo(err, zhCN);
      expect({ code: info.code, retryable: info.retryable }, (err as Error).name).to.deep.equal(expected);
    }
    expect(toErrorInfo(new other.NotFoundError(404, problem, new Headers()), zhCN).requestId).to.equal('req_1');
  });
});
