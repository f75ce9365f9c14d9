/**
 * Results of a search shown as a list (jobs, service points; styled by `styles/cards.ts`):
 *
 * - `results()`: the list, or its empty state; and while a new search is on its way or after it failed
 *   (a poor signal), the last results stay on screen, said to be the last ones, with the error and a retry.
 * - `itemTitle()`: an item's title as a link-looking button that opens it, named for screen readers.
 *
 * @csspart item-link - The button that opens one result.
 * @csspart error-state - A failed load, with `retry`.
 * @csspart retry - The button that tries again.
 */
import { html, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import type { Translation } from '../localize/translation.js';
import { emptyTemplate } from './states.js';

/** What a widget that lists search results says, in its own words (its strings table extends this). */
export interface ResultsStrings {
  resultsHeading: string;
  resultsShown: (n: number) => string;
  noResults: string;
  /** A new search is on its way; the items below are the last ones. */
  updating: string;
  /** A new search failed; the items below are the last ones. */
  staleResults: string;
  /** Said when a further page arrived. */
  moreLoaded: (n: number) => string;
  /** The name of an item's title button: "查看详情：…". */
  viewDetail: (name: string) => string;
  backToList: string;
}

/** The load behind the list (a `LoadTask`, or a `PagedList`'s `load`). */
export interface ResultsLoad {
  readonly status: string;
  readonly error: UnionErrorInfo | undefined;
  retry: () => void;
  render(r: { ready: () => unknown; empty?: () => unknown }): unknown;
}

export interface ResultsOptions {
  t: Translation;
  load: ResultsLoad;
  /** A search has shown results: keep them while the next one loads or after it failed. */
  keepLast: boolean;
  /** "正在更新结果，下面仍是上次的…" while a new search is on its way. */
  updating: string;
  /** "下面仍是上次的…" after a new search failed. */
  stale: string;
  /** Said when the search found nothing. */
  empty: string;
  /** The list itself (with its "load more"). */
  items: () => unknown;
}

export function results(o: ResultsOptions): unknown {
  const { status, error } = o.load;
  if (o.keepLast && (status === 'loading' || status === 'error')) {
    return html`${status === 'error' && error
        ? html`<div class="notice error" part="error-state" data-search-error>
            <p class="message">${error.message}</p>
            <p>${o.stale}</p>
            <button type="button" part="button retry" class="primary" @click=${o.load.retry}>${o.t.common.retry}</button>
          </div>`
        : html`<p class="muted" aria-busy="true">${o.updating}</p>`}
      ${o.items()}`;
  }
  return o.load.render({ empty: () => emptyTemplate(o.t, o.empty), ready: o.items });
}

/** An item's title that opens it: `ariaLabel` names the item ("查看详情：…"). */
export function itemTitle(title: string, ariaLabel: string, onOpen: () => void): TemplateResult {
  return html`<h4 class="item-title">
    <button type="button" class="item-link" part="button item-link" aria-label=${ariaLabel} @click=${onOpen}>${title}</button>
  </h4>`;
}
