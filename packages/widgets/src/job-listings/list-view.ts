/**
 * The list of jobs under the search form: each job with employer, district, type, pay, its source and,
 * when the worker applied, 已投递 with the status; "加载更多"; and, while a new search is on its way or
 * after it failed (a poor signal), the jobs the worker had, with the error and a retry.
 */
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../internal/localize/translation.js';
import { itemTitle, results, type ResultsLoad } from '../internal/views/list.js';
import { loadMore, type MoreSource } from '../internal/views/load-more.js';
import type { JobListingsStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

export interface ResultsContext {
  s: JobListingsStrings;
  t: Translation;
  /** The search. */
  state: ResultsLoad;
  /** A search has succeeded: keep its jobs on screen while the next one loads or after it failed. */
  keepLast: boolean;
  items: readonly JobPosting[];
  salary: (job: JobPosting) => string;
  applied: (jobPostingId: string) => JobApplication | undefined;
  open: (job: JobPosting) => void;
  more: MoreSource;
}

/** "已投递" and the application's status, for a job the worker applied for. */
export function appliedBadge(s: JobListingsStrings, application: JobApplication | undefined, locale: string): unknown {
  if (!application) return nothing;
  return html`<span class="badge done" part="badge">${s.alreadyAppliedBadge}</span>
    <span class="status">${s.status(enumLabel(locale, s.enums.jobApplicationStatus, application.status, 'status'))}</span>`;
}

export function renderResults(c: ResultsContext): unknown {
  const { s } = c;
  return results({
    t: c.t,
    load: c.state,
    keepLast: c.keepLast,
    updating: s.updating,
    stale: s.staleResults,
    empty: s.noResults,
    items: () => renderItems(c),
  });
}

function renderItems(c: ResultsContext): TemplateResult {
  const { s } = c;
  return html`<p class="muted">${s.resultsShown(c.items.length)}</p>
    <ul class="plain jobs" part="list">
      ${c.items.map(
        (job, i) => html`<li part="item" data-job-id=${job.id} data-index=${i}>
          ${itemTitle(job.title, s.viewDetail(job.title), () => c.open(job))}
          <p class="meta">
            <span>${job.employer}</span>
            <span>${enumLabel(c.t.locale, c.t.enums.district, job.district)}</span>
            <span>${enumLabel(c.t.locale, s.enums.employmentType, job.employmentType)}</span>
          </p>
          <p class="meta">
            <span class="salary">${c.salary(job)}</span>
            <span class="badge" part="badge">${enumLabel(c.t.locale, s.source, job.source)}</span>
            ${appliedBadge(s, c.applied(job.id), c.t.locale)}
          </p>
        </li>`,
      )}
    </ul>
    ${loadMore(c.t, c.more)}`;
}
