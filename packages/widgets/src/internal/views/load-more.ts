/**
 * "加载更多" under a list read by cursor pages (styled by `styles/states.ts`): while the next page is
 * on its way the button says "正在加载更多…" and is `aria-busy` (it stays enabled, so keyboard focus
 * stays on it until the widget moves focus to the first new item); after a failure, the error and the
 * same button as "重试". Nothing when there is no further page.
 *
 * `PagedList` (controllers/paged-list.ts) is such a source.
 */
import { html, nothing } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import type { Translation } from '../localize/translation.js';
import { busyButton } from './busy-button.js';
import { errorMessage } from './states.js';

/** What the button reads from the list. */
export interface MoreSource {
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError: UnionErrorInfo | undefined;
  loadMore(): unknown;
}

export function loadMore(t: Translation, m: MoreSource): unknown {
  const error = m.moreError;
  if (!m.hasMore && !error) return nothing;
  return html`${error ? errorMessage(error) : nothing}
    <div class="load-more">
      ${busyButton({
        part: error ? 'button load-more retry' : 'button load-more',
        label: error ? t.common.retry : t.common.loadMore,
        busyLabel: t.common.loadingMore,
        busy: m.loadingMore,
        onClick: () => void m.loadMore(),
      })}
    </div>`;
}
