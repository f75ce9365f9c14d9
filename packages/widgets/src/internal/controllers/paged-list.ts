/**
 * `PagedList`: a list read by cursor pages with "加载更多" — the first page as the widget's load
 * (`LoadTask`), then more pages on request, appended. What every paged widget needs and would
 * otherwise write again:
 *
 * - a failed "more" keeps the items shown, with its error and a retry (`loadMore()` again);
 * - a "more" that arrives after a new search (filters changed) is dropped, never mixed in;
 * - `hasResults`: a search has shown items, so a later search that fails or is on its way can keep
 *   them on screen, said to be stale;
 * - the count announced and focus moved to the first new item once it is drawn.
 */
import type { Page, UnionCore } from '@unionkit/sdk';
import type { UnionErrorInfo } from '../errors.js';
import { ActionTask } from './action.js';
import type { WidgetHost } from './host.js';
import { LoadTask, type LoadOptions } from './load.js';

export interface PagedListOptions<T> extends Pick<LoadOptions<Page<T>>, 'auto'> {
  /** Said (politely) when a further page arrived, e.g. "又加载了 10 个". */
  loadedMore?: (count: number) => string;
  /** Where focus goes once a further page is drawn: a selector for its first item (at `index`). */
  focusAfterMore?: (item: T, index: number) => string;
  /** Called with the items of every page that lands (the first or a further one). */
  onItems?: (items: readonly T[]) => void;
}

export class PagedList<T> {
  /** The first page: the load that searches (run it again for a new search). */
  readonly load: LoadTask<Page<T>>;
  /** Every item shown: the first page's and those loaded since. */
  items: T[] = [];
  /** Whether a search has shown items: a later failure or reload keeps them on screen. */
  hasResults = false;
  readonly #host: WidgetHost;
  readonly #options: PagedListOptions<T>;
  readonly #more: ActionTask<[Page<T>], Page<T>>;
  #last: Page<T> | undefined;

  constructor(host: WidgetHost, first: (client: UnionCore, signal: AbortSignal) => Promise<Page<T>>, options: PagedListOptions<T> = {}) {
    this.#host = host;
    this.#options = options;
    this.load = new LoadTask(host, first, {
      auto: options.auto ?? true,
      onValue: (page) => {
        this.#last = page;
        this.items = [...page.data];
        this.hasResults = page.data.length > 0;
        this.#more.clear();
        options.onItems?.(page.data);
      },
    });
    this.#more = new ActionTask(host, (_client, _options, page) => page.getNextPage());
  }

  /** Searches again from the first page. */
  run(): Promise<void> {
    return this.load.run();
  }

  /** Whether there is a further page to ask for. */
  get hasMore(): boolean {
    return !!this.#last?.hasNextPage();
  }

  /** Whether a further page is on its way. */
  get loadingMore(): boolean {
    return this.#more.running();
  }

  /** Why the last "more" failed, until the next try or search. */
  get moreError(): UnionErrorInfo | undefined {
    return this.#more.error;
  }

  /** Asks for the next page and appends it; a failure keeps what is shown. */
  async loadMore(): Promise<void> {
    const page = this.#last;
    if (!page?.hasNextPage() || this.#more.running()) return;
    const result = await this.#more.run(page);
    // A new search meanwhile: this page belongs to another list.
    if (!result.ok || this.#last !== page) return;
    const from = this.items.length;
    this.#last = result.value;
    this.items = [...this.items, ...result.value.data];
    this.#options.onItems?.(result.value.data);
    this.#host.requestUpdate();
    const { loadedMore, focusAfterMore } = this.#options;
    if (loadedMore) this.#host.announce(loadedMore(result.value.data.length));
    const first = result.value.data[0];
    if (first && focusAfterMore) {
      await this.#host.updateComplete;
      this.#host.element.renderRoot.querySelector<HTMLElement>(focusAfterMore(first, from))?.focus();
    }
  }

  /** Replaces the items `same` picks with `item` (e.g. an event whose places left changed). */
  replace(item: T, same: (a: T) => boolean): void {
    this.items = this.items.map((a) => (same(a) ? item : a));
    this.#host.requestUpdate();
  }
}
