// Search results as a list: the list or its empty state; and a new search on its way or failed keeps
// the last results on screen, said to be the last ones, with the error and a retry.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import { zhCN } from '../localize/zh-CN.js';
import { itemTitle, results, type ResultsLoad } from './list.js';

function load(status: string, error?: UnionErrorInfo): ResultsLoad & { retries: number } {
  const l = {
    status,
    error,
    retries: 0,
    retry: () => void l.retries++,
    render: (r: { ready: () => unknown; empty?: () => unknown }) =>
      status === 'ready' ? r.ready() : status === 'empty' ? r.empty?.() : html`<p part="loading">…</p>`,
  };
  return l;
}

async function show(l: ResultsLoad, keepLast: boolean): Promise<HTMLElement> {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  const items = () => html`<ul class="plain" part="list"><li>第一项</li></ul>`;
  render(results({ t: zhCN, load: l, keepLast, updating: '正在更新结果…', stale: '下面仍是上次的结果。', empty: '没有结果', items }), el);
  return el;
}

const failed: UnionErrorInfo = { code: 'timeout', retryable: true, message: '请求超时。', fieldErrors: [] };

describe('results (a search shown as a list)', () => {
  it('shows the items when ready and the empty state when the search found nothing', async () => {
    expect((await show(load('ready'), false)).querySelector('[part~="list"]')).to.exist;
    const empty = await show(load('empty'), false);
    expect(empty.querySelector('[part~="empty"]')!.textContent).to.equal('没有结果');
    expect(empty.querySelector('[part~="list"]')).to.equal(null);
  });

  it('keeps the last items while a new search is on its way, said busy', async () => {
    const el = await show(load('loading'), true);
    expect(el.querySelector('[part~="list"]')).to.exist;
    expect(el.querySelector('[aria-busy="true"]')!.textContent).to.equal('正在更新结果…');
    const first = await show(load('loading'), false);
    expect(first.querySelector('[part~="list"]'), 'nothing to keep on a first search').to.equal(null);
  });

  it('keeps the last items after a new search failed, with the error, that they are the last, and a retry', async () => {
    const l = load('error', failed);
    const el = await show(l, true);
    const notice = el.querySelector('[data-search-error]')!;
    expect(notice.textContent).to.contain('请求超时。').and.to.contain('下面仍是上次的结果。');
    notice.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    expect(l.retries).to.equal(1);
    expect(el.querySelector('[part~="list"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('titles an item with a button named for what it opens', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    let opened = 0;
    render(itemTitle('静安驿站', '查看详情：静安驿站', () => opened++), el);
    const button = el.querySelector<HTMLButtonElement>('h4 button[part~="item-link"]')!;
    expect(button.getAttribute('aria-label')).to.equal('查看详情：静安驿站');
    button.click();
    expect(opened).to.equal(1);
  });
});
