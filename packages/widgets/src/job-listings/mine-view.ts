/**
 * "我的投递": the worker's applications with the job, the date and the status, and a withdraw that asks
 * first ("确认撤回" / "暂不撤回").
 */
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { emptyTemplate } from '../internal/views/states.js';
import type { JobApplications } from './applications.js';
import type { MineStrings } from './mine-strings.js';
import type { JobListingsStrings } from './strings.js';
import type { Withdrawal } from './withdrawal.js';
import { enumLabel } from '../internal/labels.js';

const WITHDRAWABLE = new Set<JobApplication['status']>(['submitted', 'viewed', 'interview']);

export interface MineContext {
  s: JobListingsStrings;
  /** The part's own words (`./mine-strings.ts`). */
  ms: MineStrings;
  t: Translation;
  fmt: Formatter;
  applications: JobApplications;
  salary: (job: JobPosting) => string;
  withdrawal: Withdrawal;
}

export function renderMine(c: MineContext): TemplateResult {
  const { ms } = c;
  return html`<section part="applications" aria-labelledby="job-mine-title">
    <h3 id="job-mine-title" data-step-heading tabindex="-1">${ms.mineHeading}</h3>
    ${c.applications.mine.render({
      empty: () => emptyTemplate(c.t, ms.mineEmpty),
      ready: (list) => html`<ul class="plain applications">
        ${list.map((a) => renderApplication(c, a))}
      </ul>`,
    })}
  </section>`;
}

function renderApplication(c: MineContext, a: JobApplication): TemplateResult {
  const { s, ms, t } = c;
  const job = c.applications.posting(a.jobPostingId);
  const title = job?.title ?? ms.unknownPosting;
  const { withdrawal } = c;
  const confirming = withdrawal.confirming === a.id;
  const error = withdrawal.error;
  return html`<li part="item" data-application-id=${a.id}>
    <h4 class="item-title" tabindex="-1">${title}</h4>
    ${job ? html`<p class="meta"><span>${job.employer}</span><span>${c.salary(job)}</span></p>` : nothing}
    <p class="meta">
      <span>${ms.appliedOn(c.fmt.date(a.createdAt))}</span>
      <span class="status">${s.status(enumLabel(c.fmt.locale, s.enums.jobApplicationStatus, a.status, 'status'))}</span>
    </p>
    ${WITHDRAWABLE.has(a.status) && !confirming
      ? html`<div class="actions">
          <button type="button" part="button" data-withdraw @click=${() => withdrawal.ask(a)}>${ms.withdraw}</button>
        </div>`
      : nothing}
    ${confirming
      ? html`<div class="notice confirm" part="confirm" role="group" aria-labelledby="job-confirm-${a.id}">
          <h5 class="item-title" id="job-confirm-${a.id}" data-confirm-heading tabindex="-1">${ms.withdrawConfirmHeading}</h5>
          <p>${ms.withdrawConfirmBody(title)}</p>
          ${error
            ? html`<p class="message" part="error">${error.message}</p>
                ${error.requestId ? html`<p class="muted">${t.common.supportReference(error.requestId)}</p>` : nothing}`
            : nothing}
          <div class="actions">
            <button type="button" part="button button-primary" class="primary" ?disabled=${withdrawal.busy(a.id)} @click=${() => withdrawal.confirm(a, s.withdrawn)}>
              ${ms.withdrawConfirm}
            </button>
            <button type="button" part="button" @click=${() => withdrawal.keep(a)}>${ms.keep}</button>
          </div>
        </div>`
      : nothing}
  </li>`;
}
