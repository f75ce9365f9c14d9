/**
 * The list of jobs under the search form: each job with employer, district, type, pay, its source and,
 * when the worker applied, 已投递 with the status; "加载更多"; and, while a new search is on its way or
 * after it failed (a poor signal), the jobs the worker had, with the error and a retry.
 */
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import type { Translation } from '../internal/localize/translation.js';
import type { JobListingsStrings } from './strings.js';

export interface ResultsContext<T> {
  s: JobListingsStrings;
  t: Translation;
  state: AsyncState<T>;
  /** A search has succeeded: keep its jobs on screen while the next one loads or after it failed. */
  keepLast: boolean;
  items: readonly JobPosting[];
  salary: (job: JobPosting) => string;
  applied: (jobPostingId: string) => JobApplication | undefined;
  open: (job: JobPosting) => void;
  more: { cursor: string | null; error: UnionErrorInfo | undefined; loading: boolean; load: () => void };
}

/** "已投递" and the application's status, for a job the worker applied for. */
export function appliedBadge(s: JobListingsStrings, application: JobApplication | undefined): unknown {
  if (!application) return nothing;
  return html`<span class="badge done" part="badge">${s.alreadyAppliedBadge}</span>
    <span class="status">${s.status(s.enums.jobApplicationStatus[application.status])}</span>`;
}

export function renderResults<T>(c: ResultsContext<T>): unknown {
  const { s, state } = c;
  const { status, error } = state;
  if (c.keepLast && (status === 'loading' || status === 'error')) {
    return html`${status === 'error' && error
        ? html`<div class="notice error" part="error-state" data-search-error>
            <p class="message">${error.message}</p>
            <p>${s.staleResults}</p>
            <button type="button" part="button retry" class="primary" @click=${state.retry}>${c.t.common.retry}</button>
          </div>`
        : html`<p class="muted" aria-busy="true">${s.updating}</p>`}
      ${renderItems(c)}`;
  }
  return state.render({
    empty: () => html`<p class="state muted" part="empty">${s.noResults}</p>`,
    ready: () => renderItems(c),
  });
}

function renderItems<T>(c: ResultsContext<T>): TemplateResult {
  const { s } = c;
  return html`<p class="muted">${s.resultsShown(c.items.length)}</p>
    <ul class="plain jobs" part="list">
      ${c.items.map(
        (job, i) => html`<li part="item" data-job-id=${job.id} data-index=${i}>
          <h4 class="item-title">
            <button type="button" class="item-link" part="button item-link" aria-label=${s.viewDetail(job.title)} @click=${() => c.open(job)}>
              ${job.title}
            </button>
          </h4>
          <p class="meta">
            <span>${job.employer}</span>
            <span>${c.t.enums.district[job.district]}</span>
            <span>${s.enums.employmentType[job.employmentType]}</span>
          </p>
          <p class="meta">
            <span class="salary">${c.salary(job)}</span>
            <span class="badge" part="badge">${s.source[job.source]}</span>
            ${appliedBadge(s, c.applied(job.id))}
          </p>
        </li>`,
      )}
    </ul>
    ${renderMore(c)}`;
}

function renderMore<T>(c: ResultsContext<T>): unknown {
  const { s, more } = c;
  if (more.error) {
    return html`<div class="notice error" part="error-state">
      <p class="message">${more.error.message}</p>
      <button type="button" part="button retry" class="primary" ?disabled=${more.loading} @click=${more.load}>${c.t.common.retry}</button>
    </div>`;
  }
  if (!more.cursor) return nothing;
  return html`<div class="actions">
    <button type="button" part="button load-more" ?disabled=${more.loading} aria-busy=${more.loading ? 'true' : 'false'} @click=${more.load}>
      ${more.loading ? s.loadingMore : s.loadMore}
    </button>
  </div>`;
}
