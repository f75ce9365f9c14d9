/**
 * The views `<union-insurance-enrol>` shows itself: the plans and, around what the cover part draws
 * (./cover-part.ts, loaded on demand), the enrolment just made, "我的保障" and a certificate. They only
 * show what they are given; the element owns the state and passes it in with the handlers.
 */
import type { InsuranceEnrolment } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadTask } from '../internal/controllers/load.js';
import { emptyTemplate } from '../internal/views/states.js';
import type { EnrolmentCancellation } from './cancellation.js';
import type { CoverContext } from './enrolment-view.js';
import { renderPlan, type PlanActions } from './plan-view.js';
import type { InsurancePlanRow, InsuranceViewContext } from './shared.js';

export type CoverPart = typeof import('./cover-part.js');

/** The current view's heading (focused after each move). */
export function heading(text: string): TemplateResult {
  return html`<h2 part="heading" data-step-heading tabindex="-1">${text}</h2>`;
}

/** The plans, each with its status for this worker. */
export function plansView(ctx: InsuranceViewContext, plans: LoadTask<InsurancePlanRow[]>, actions: PlanActions): TemplateResult {
  const { s } = ctx;
  return html`${heading(s.title)}
    ${plans.render({
      ready: (rows) => html`<ul class="list" part="list" aria-label=${s.plansHeading}>
        ${rows.map((row) => renderPlan(ctx, row, actions))}
      </ul>`,
      empty: () => emptyTemplate(ctx.t, s.noPlans),
    })}`;
}

/** What the views of the worker's cover are given. */
export interface CoverViewContext {
  ctx: InsuranceViewContext;
  /** The cover part's template once it is here (meanwhile its loading state or error), with the cover's words. */
  cover: (ready: (part: CoverPart, c: CoverContext) => unknown) => unknown;
  /** What an enrolment says about its premium. */
  payment: (part: CoverPart, e: InsuranceEnrolment) => unknown;
  planName: (planId: string) => string;
  go: (view: 'plans' | 'enrolments') => void;
}

/** The enrolment just made, then 查看我的保障 and back to the plans. */
export function doneView(v: CoverViewContext, e: InsuranceEnrolment): TemplateResult {
  const { s } = v.ctx;
  return html`${heading(e.status === 'active' ? s.doneHeadingActive : s.doneHeadingPending)}
    ${v.cover((part, c) => part.renderResult(c, e, v.planName(e.planId), v.payment(part, e)))}
    <div class="actions">
      <button type="button" class="primary" part="button button-primary my-enrolments" @click=${() => v.go('enrolments')}>
        ${s.viewMyEnrolments}
      </button>
      <button type="button" part="button back" @click=${() => v.go('plans')}>${s.backToPlans}</button>
    </div>`;
}

export interface EnrolmentsViewOptions {
  /** A note at the top (e.g. "cancelled"). */
  notice: string;
  enrolments: LoadTask<InsuranceEnrolment[]>;
  /** Cancelling an enrolment (made with the cover part). */
  cancel: (part: CoverPart) => EnrolmentCancellation;
  openCertificate: (id: string) => void;
  claim: (e: InsuranceEnrolment) => void;
}

/** "我的保障": the worker's enrolments, or none and back to the plans. */
export function enrolmentsView(v: CoverViewContext, o: EnrolmentsViewOptions): TemplateResult {
  const { s, t } = v.ctx;
  return html`${heading(s.myEnrolmentsHeading)}
    ${o.notice ? html`<p class="panel success" part="notice">${o.notice}</p>` : nothing}
    ${o.enrolments.render({
      ready: (list) =>
        v.cover((part, c) =>
          part.renderEnrolments(c, list, (e) => v.planName(e.planId), o.cancel(part), o, (e) => v.payment(part, e)),
        ),
      empty: () => html`${emptyTemplate(t, s.noEnrolments)}
        <button type="button" part="button back" @click=${() => v.go('plans')}>${s.backToPlans}</button>`,
    })}`;
}

/** One enrolment's certificate, then back to "我的保障". */
export function certificateView(v: CoverViewContext, certificate: LoadTask<InsuranceEnrolment>): TemplateResult {
  const { s } = v.ctx;
  return html`${heading(s.certificateHeading)}
    ${certificate.render({ ready: (e) => v.cover((part, c) => part.renderCertificate(c, e, v.planName(e.planId))) })}
    <div class="actions">
      <button type="button" part="button back" @click=${() => v.go('enrolments')}>${s.backToEnrolments}</button>
    </div>`;
}
