import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { ConnectionError, Page, type UnionCore } from '@unionkit/sdk';
import { html } from 'lit';
import { UnionElement } from '../base.js';
import { loadMore } from '../views/load-more.js';
import { textOf, waitUntil } from '../testing/dom.js';
import { PagedList } from './paged-list.js';

const fakeClient = () => ({ locale: 'zh-CN', setLocale() {} }) as unknown as UnionCore;

/** A page request the test answers: which search and cursor it was for. */
interface Request {
  search: string;
  cursor: string | undefined;
  resolve: (page: Page<string>) => void;
  reject: (err: unknown) => void;
}

class PagedHostElement extends UnionElement {
  search = 'a';
  readonly requests: Request[] = [];
  readonly list = new PagedList<string>(this.controllerHost, () => this.#fetch(this.search, undefined), {
    loadedMore: (count) => `又加载了 ${count} 个`,
    focusAfterMore: (_item, index) => `li[data-index="${index}"] button`,
  });

  #fetch(search: string, cursor: string | undefined): Promise<Page<string>> {
    return new Promise((resolve, reject) => this.requests.push({ search, cursor, resolve, reject }));
  }

  /** Answers request `i` with `items` and, unless it is the last page, a cursor to the next. */
  answer(i: number, items: string[], next: string | null = null): void {
    const r = this.requests[i]!;
    r.resolve(new Page(items, next, (cursor) => this.#fetch(r.search, cursor)));
  }

  protected renderContent() {
    return this.list.load.render({
      ready: () => html`<ul>
          ${this.list.items.map((item, i) => html`<li data-index=${i}><button>${item}</button></li>`)}
        </ul>
        ${loadMore(this.t, this.list)}`,
    });
  }
}
customElements.define('test-paged-host', PagedHostElement);

const mount = () => fixture<PagedHostElement>(fixtureHtml`<test-paged-host .client=${fakeClient()}></test-paged-host>`);
const items = (el: PagedHostElement) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => textOf(li));
const moreButton = (el: PagedHostElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="load-more"]');

describe('PagedList', () => {
  it('appends the next page, says so and moves focus to its first item', async () => {
    const el = await mount();
    el.answer(0, ['一', '二'], 'c2');
    await waitUntil(() => moreButton(el));
    moreButton(el)!.click();
    expect(el.list.loadingMore).to.equal(true);
    expect(el.requests[1]!.cursor).to.equal('c2');
    el.answer(1, ['三']);
    await waitUntil(() => items(el).length === 3);
    expect(items(el)).to.deep.equal(['一', '二', '三']);
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent === '三', 'focus on the first new item');
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('又加载了 1 个');
    expect(moreButton(el), 'no further page').to.equal(null);
  });

  it('keeps the items when a further page fails, says why, and loads it on retry', async () => {
    const el = await mount();
    el.answer(0, ['一'], 'c2');
    await waitUntil(() => moreButton(el));
    void el.list.loadMore();
    el.requests[1]!.reject(new ConnectionError());
    await waitUntil(() => el.list.moreError);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['一']);
    expect(el.list.moreError).to.include({ code: 'network_error', retryable: true });
    expect(moreButton(el)!.getAttribute('part')).to.contain('retry');
    moreButton(el)!.click();
    el.answer(2, ['二']);
    await waitUntil(() => items(el).length === 2);
    expect(el.list.moreError).to.equal(undefined);
  });

  it('drops a further page that arrives after a new search', async () => {
    const el = await mount();
    el.answer(0, ['a1'], 'c2');
    await waitUntil(() => el.list.hasMore);
    const more = el.list.loadMore();
    el.search = 'b';
    const search = el.list.run();
    el.answer(2, ['b1']);
    await search;
    el.answer(1, ['a2']);
    await more;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['b1']);
  });

  it('says a search has shown items, so a failed new search can keep them on screen', async () => {
    const el = await mount();
    el.answer(0, ['一']);
    await waitUntil(() => el.list.load.status === 'ready');
    expect(el.list.hasResults).to.equal(true);
    const search = el.list.run();
    el.requests[1]!.reject(new ConnectionError());
    await search;
    expect(el.list.load.status).to.equal('error');
    expect(el.list.items, 'the last items stay').to.deep.equal(['一']);
    expect(el.list.hasResults).to.equal(true);
  });
});
