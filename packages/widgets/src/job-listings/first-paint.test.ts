/**
 * The job list's first paint on its own (no widget registered in this file): what it asks for, what it
 * writes, what it refuses, and how it gives way to the widget. `fetch` is stubbed per test, so each
 * answer is exactly the one under test.
 */
import { expect } from '@open-wc/testing';
import { PAGE_SIZE, paintFirstPage } from './first-paint.js';

const BASE = 'https://api.example.test/v1';

interface Sent {
  url: string;
  headers: Headers;
}

/** A page with `<union-provider base-url … locale="zh-CN">` around an (unregistered) `<union-job-listings>`. */
function page(initialToken: unknown, locale = 'zh-CN'): { provider: HTMLElement; el: HTMLElement } {
  const provider = document.createElement('union-provider');
  provider.setAttribute('base-url', BASE);
  provider.setAttribute('locale', locale);
  Object.assign(provider, { initialToken });
  const el = document.createElement('union-job-listings');
  provider.append(el);
  document.body.append(provider);
  return { provider, el };
}

const job = (i: number, fields: Record<string, unknown> = {}) => ({ id: `job_${i}`, title: `岗位 ${i}`, employer: `公司 ${i}`, ...fields });

describe('the job list’s first paint', () => {
  const realFetch = window.fetch;
  let sent: Sent[];
  let answer: () => Response;

  beforeEach(() => {
    sent = [];
    answer = () => Response.json({ data: [job(1), job(2)], nextCursor: null });
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), headers: new Headers(init?.headers) });
      return answer();
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
    document.body.replaceChildren();
  });

  it('asks for the widget’s first page with the page’s widget-session token and language, and lists each job', async () => {
    const { el } = page(Promise.resolve('wst_page_token'), 'en');
    // It says it painted: the script tag then waits for a frame before the widget's code may run.
    expect(await paintFirstPage(el)).to.equal(true);
    expect(sent).to.have.length(1);
    expect(sent[0]!.url).to.equal(`${BASE}/job-postings?limit=${PAGE_SIZE}`);
    expect(sent[0]!.headers.get('authorization')).to.equal('Bearer wst_page_token');
    expect(sent[0]!.headers.get('accept-language')).to.equal('en');
    const items = [...el.shadowRoot!.querySelectorAll('[data-first-paint] li[data-job-id]')];
    expect(items.map((li) => li.getAttribute('data-job-id'))).to.deep.equal(['job_1', 'job_2']);
    expect(items.map((li) => li.textContent)).to.deep.equal(['岗位 1公司 1', '岗位 2公司 2']);
  });

  it('writes what the API sent as text, never as markup', async () => {
    const title = '<img src=x onerror="window.__firstPaintMarkup = 1">保安 & 门卫';
    answer = () => Response.json({ data: [job(1, { id: 'job_1" onclick="x', title, employer: '<b>公司</b>' })] });
    const { el } = page('wst_t');
    await paintFirstPage(el);
    const item = el.shadowRoot!.querySelector('li')!;
    expect(item.querySelector('img')).to.equal(null);
    expect(item.hasAttribute('onclick')).to.equal(false);
    expect(item.getAttribute('data-job-id')).to.equal('job_1" onclick="x');
    expect(item.querySelector('b')!.textContent).to.equal(title);
    expect(item.querySelector('p')!.textContent).to.equal('<b>公司</b>');
    expect((window as { __firstPaintMarkup?: number }).__firstPaintMarkup).to.equal(undefined);
  });

  it('sends nothing without a widget-session token: a secret key, no token, or a token that failed', async () => {
    const tokens = [() => 'sk_test_secret', () => undefined, () => Promise.reject(new Error('session failed'))];
    for (const token of tokens) {
      const { el } = page(token());
      expect(await paintFirstPage(el).catch(() => false), String(token)).to.equal(false);
      expect(el.shadowRoot, String(token)).to.equal(null);
    }
    expect(sent).to.deep.equal([]);
  });

  it('leaves the element to the widget when the answer is not a page of jobs (expired token, outage, no jobs)', async () => {
    const answers = [
      () => Response.json({ type: 'about:blank', status: 401, code: 'token_expired' }, { status: 401 }),
      () => new Response('<html>bad gateway</html>', { status: 502 }),
      () => Response.json({ data: [] }),
    ];
    for (const next of answers) {
      answer = next;
      const { el } = page('wst_t');
      expect(await paintFirstPage(el).catch(() => false)).to.equal(false);
      // No shadow root: the widget attaches its own and shows its error or empty state as always.
      expect(el.shadowRoot).to.equal(null);
    }
  });

  it('does nothing for a widget that already has its shadow root (its code ran first)', async () => {
    const { el } = page('wst_t');
    el.attachShadow({ mode: 'open' });
    expect(await paintFirstPage(el)).to.equal(false);
    expect(el.shadowRoot!.childNodes.length).to.equal(0);
  });

  it('hides what the widget renders behind it until the widget says it is ready or failed, then goes', async () => {
    for (const event of ['union-ready', 'union-error']) {
      const { el } = page('wst_t');
      await paintFirstPage(el);
      const widgetContent = document.createElement('div');
      widgetContent.textContent = 'the widget';
      el.shadowRoot!.append(widgetContent);
      expect(widgetContent.checkVisibility()).to.equal(false);
      el.dispatchEvent(new CustomEvent(event, { bubbles: true, composed: true }));
      expect(el.shadowRoot!.querySelector('[data-first-paint]'), event).to.equal(null);
      expect(widgetContent.checkVisibility(), event).to.equal(true);
    }
  });
});
