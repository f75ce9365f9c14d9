/**
 * A job's detail: source, pay, district, type of work, occupation, dates, description, requirements and
 * benefits; then 投递简历 — or, for a job the worker already applied for, when and the status, with a
 * way to "我的投递" instead.
 */
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { appliedBadge } from './list-view.js';
import type { DetailStrings } from './detail-strings.js';
import type { JobListingsStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

export interface DetailContext {
  s: JobListingsStrings;
  /** The part's own words (`./detail-strings.ts`). */
  ds: DetailStrings;
  t: Translation;
  fmt: Formatter;
  job: JobPosting;
  salary: string;
  applied: JobApplication | undefined;
  apply: () => void;
  openMine: () => void;
  backToList: () => void;
}

export function renderDetail(c: DetailContext): TemplateResult {
  const { s, ds, t, fmt, job, applied } = c;
  const section = (title: string, items: readonly string[]) =>
    items.length
      ? html`<section class="detail-section">
          <h4>${title}</h4>
          <ul>${items.map((r) => html`<li>${r}</li>`)}</ul>
        </section>`
      : nothing;
  return html`<article part="detail" aria-labelledby="job-detail-title">
    <h3 id="job-detail-title" data-step-heading tabindex="-1">${job.title}</h3>
    <p class="meta"><span class="badge" part="badge">${enumLabel(t.locale, s.source, job.source)}</span>${appliedBadge(s, applied, t.locale)}</p>
    <dl class="stack">
      <div><dt class="muted">${s.employer}</dt><dd>${job.employer}</dd></div>
      <div><dt class="muted">${ds.perMonth}</dt><dd class="salary">${c.salary}</dd></div>
      <div>
        <dt class="muted">${s.district}</dt>
        <dd>${enumLabel(t.locale, t.enums.district, job.district)} · ${enumLabel(t.locale, s.enums.employmentType, job.employmentType)} · ${enumLabel(t.locale, t.enums.occupation, job.occupation)}</dd>
      </div>
      <div>
        <dt class="muted">${ds.dates}</dt>
        <dd>${ds.postedOn(fmt.date(job.postedAt))} · ${ds.expiresOn(fmt.date(job.expiresAt))}</dd>
      </div>
    </dl>
    <section class="detail-section">
      <h4>${ds.description}</h4>
      <p>${job.description}</p>
    </section>
    ${section(ds.requirements, job.requirements)} ${section(ds.benefits, job.benefits)}
    ${applied
      ? html`<p class="notice success" data-applied-note>
          ${ds.appliedStatus(fmt.date(applied.createdAt), enumLabel(t.locale, s.enums.jobApplicationStatus, applied.status, 'status'))}
        </p>`
      : nothing}
    <div class="actions">
      ${applied
        ? html`<button type="button" part="button button-primary" class="primary" @click=${c.openMine}>${s.viewMine}</button>`
        : html`<button type="button" part="button button-primary" class="primary" @click=${c.apply}>${ds.applyFor}</button>`}
      <button type="button" part="button" @click=${c.backToList}>${s.backToList}</button>
    </div>
  </article>`;
}
