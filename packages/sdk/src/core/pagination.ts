/**
 * Cursor pages. A list method returns a `PagePromise`: `await` it for the first page, or
 * `for await` over it for every item of every page.
 *
 * ```ts
 * const page = await client.jobs.list({ district: '310104' });
 * page.data; page.nextCursor; if (page.hasNextPage()) await page.getNextPage();
 *
 * for await (const job of client.jobs.list({ district: '310104' })) console.log(job.title);
 * ```
 *
 * A walk never follows a cursor twice: if the API answers a cursor it already answered on the way to
 * a page, the next page is refused with `PaginationError` instead of looping for ever.
 */
import { PaginationError } from './errors.js';

/**
 * Fetches the page that starts at `cursor` (`undefined` for the first). `seen` holds the cursors
 * followed to reach it, `cursor` included; the fetcher hands it to the `Page` it makes.
 */
export type PageFetcher<T> = (cursor: string | undefined, seen: ReadonlySet<string>) => Promise<Page<T>>;

export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** Cursor of the next page; `null` on the last page. */
  readonly nextCursor: string | null;
  readonly #fetch: PageFetcher<T>;
  readonly #seen: ReadonlySet<string>;

  /** `seen`: the cursors followed to reach this page (none for a first page). */
  constructor(data: T[], nextCursor: string | null, fetchPage: PageFetcher<T>, seen: ReadonlySet<string> = new Set()) {
    this.data = data;
    this.nextCursor = nextCursor;
    this.#fetch = fetchPage;
    this.#seen = seen;
  }

  hasNextPage(): boolean {
    return this.nextCursor !== null && this.nextCursor !== '';
  }

  /**
   * The next page; throws when there is none (check `hasNextPage()` first), and `PaginationError` when
   * the API repeated a cursor already followed to reach this page.
   */
  getNextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) {
      return Promise.reject(new Error('No next page: check hasNextPage() before calling getNextPage().'));
    }
    const cursor = this.nextCursor!;
    if (this.#seen.has(cursor)) {
      return Promise.reject(
        new PaginationError(
          `The API answered a cursor it had already answered, after ${this.#seen.size + 1} pages: following it would never end, so the walk stops here.`,
        ),
      );
    }
    return this.#fetch(cursor, new Set(this.#seen).add(cursor));
  }

  /** This page and every page after it. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and of every page after it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * The first page, still on its way. It is requested at once (like any promise); awaiting it gives a
 * `Page`, iterating it with `for await` walks every item across cursors.
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  readonly #page: Promise<Page<T>>;

  constructor(first: Promise<Page<T>>) {
    this.#page = first;
    // Iterating (rather than awaiting) still reports the error; this only avoids an unhandled rejection
    // when a caller starts a list and never looks at it.
    first.catch(() => {});
  }

  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page.then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#page.catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#page.finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    const page = await this.#page;
    yield* page;
  }
}
