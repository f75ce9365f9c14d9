// "加载更多" under a list: what the button says and tells a screen reader while the next page is on its
// way (aria-busy, still focused), after a failure (the error and 重试), and when there is no further page.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import { zhCN } from '../localize/zh-CN.js';
import { loadMore, type MoreSource } from './load-more.js';

async function mount(source: Partial<MoreSource>) {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  let calls = 0;
  const m: MoreSource = { hasMore: true, loadingMore: false, moreError: undefined, loadMore: () => calls++, ...source };
  render(loadMore(zhCN, m), el);
  const button = () => el.querySelector<HTMLButtonElement>('button[part~="load-more"]');
  return { el, button, calls: () => calls, paint: (next: Partial<MoreSource>) => render(loadMore(zhCN, { ...m, ...next }), el) };
}

const failed: UnionErrorInfo = { code: 'network_error', retryable: true, message: '网络不稳定，请稍后重试。', fieldErrors: [] };

describe('loadMore (the button under a paged list)', () => {
  it('asks for the next page on a tap', async () => {
    const { button, calls } = await mount({});
    expect(button()!.textContent!.trim()).to.equal('加载更多');
    expect(button()!.getAttribute('aria-busy')).to.equal('false');
    button()!.click();
    expect(calls()).to.equal(1);
  });

  it('says it is loading and is aria-busy while the page is on its way, and keeps keyboard focus', async () => {
    const { el, button, paint } = await mount({});
    button()!.focus();
    paint({ loadingMore: true });
    expect(button()!.textContent!.trim()).to.equal('正在加载更多…');
    expect(button()!.getAttribute('aria-busy')).to.equal('true');
    expect(button()!.disabled, 'a disabled button would drop focus').to.equal(false);
    expect(document.activeElement).to.equal(button());
    await expect(el).to.be.accessible();
  });

  it('shows why the page failed and offers 重试 on the same button', async () => {
    const { el, button, calls } = await mount({ moreError: failed });
    expect(el.querySelector('[part~="error-state"]')!.textContent).to.contain('网络不稳定');
    expect(button()!.textContent!.trim()).to.equal('重试');
    expect(button()!.matches('[part~="retry"]')).to.equal(true);
    button()!.click();
    expect(calls()).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('draws nothing when there is no further page', async () => {
    const { el } = await mount({ hasMore: false });
    expect(el.querySelector('button')).to.equal(null);
  });
});
