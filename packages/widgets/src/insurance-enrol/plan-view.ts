/**
 * A plan card of `<union-insurance-enrol>`: what the plan gives and costs, its term and window, its age
 * limits (before any tap), and ONE status for this worker. Which status wins:
 *
 * 1. already in the plan ("您已参加本计划", nothing else);
 * 2. enrolment not open — when it opens, or when it closed (no "去入会" that could not lead to cover);
 * 3. outside the plan's ages (no button that cannot work);
 * 4. eligible, or eligible once the date of birth is given → "一键参保";
 * 5. otherwise "暂不符合参保条件" with every reason, and "去入会" for a worker who must join first.
 */
import type { Eligibility, InsurancePlan } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import {
  ageRange,
  benefitText,
  dateRange,
  hasAgeLimits,
  money,
  reasonText,
  windowText,
  type InsurancePlanRow,
  type InsuranceViewContext,
} from './shared.js';
import { enumLabel } from '../internal/labels.js';

export interface PlanActions {
  enrol: (planId: string) => void;
  join: (planId: string) => void;
  showEnrolments: () => void;
}

function renderFacts(ctx: InsuranceViewContext, plan: InsurancePlan, eligibility: Eligibility): TemplateResult {
  const { s } = ctx;
  return html`<dl class="facts">
    <dt>${s.benefits}</dt>
    <dd>
      <ul class="benefits">
        ${plan.benefits.map((b) => html`<li>${benefitText(ctx, b)}</li>`)}
      </ul>
    </dd>
    <dt>${s.premium}</dt>
    <dd>${s.premiumPerYear(money(ctx, plan.premiumFen))}</dd>
    <dt>${s.whoPays}</dt>
    <dd>${enumLabel(ctx.fmt.locale, s.enums.premiumPayer, plan.payer)}</dd>
    <dt>${s.youPay}</dt>
    <dd>${plan.workerPaysFen === 0 ? html`<span class="tag ok">${s.free}</span>` : money(ctx, plan.workerPaysFen)}</dd>
    <dt>${s.term}</dt>
    <dd>${dateRange(ctx, plan.term.start, plan.term.end)}</dd>
    <dt>${s.enrolmentWindow}</dt>
    <dd>${dateRange(ctx, plan.enrolmentWindow.opensAt, plan.enrolmentWindow.closesAt)}</dd>
    ${hasAgeLimits(plan, eligibility)
      ? html`<dt>${s.ageLimits}</dt>
          <dd part="age-limits">${ageRange(ctx, plan, eligibility)}</dd>`
      : nothing}
  </dl>`;
}

export function renderPlan(ctx: InsuranceViewContext, { plan, eligibility }: InsurancePlanRow, actions: PlanActions): TemplateResult {
  return html`<li class="card" part="card plan" data-plan=${plan.id}>
    <h3>${ctx.planName(plan)}</h3>
    <p class="muted" lang="zh-CN">${plan.description}</p>
    ${renderFacts(ctx, plan, eligibility)} ${renderStatus(ctx, plan, eligibility, actions)}
  </li>`;
}

function renderStatus(ctx: InsuranceViewContext, plan: InsurancePlan, eligibility: Eligibility, actions: PlanActions): TemplateResult {
  const { s } = ctx;
  const name = ctx.planName(plan);
  const reasons = eligibility.reasons;
  const one = (kind: string, reason: string, text: string, extra: unknown = nothing) =>
    html`<div class="eligibility" part="eligibility ${kind}">
      <p class="status" data-reason=${reason}>${text}</p>
      ${extra}
    </div>`;

  if (reasons.includes('already_enrolled')) {
    return one(
      'enrolled',
      'already_enrolled',
      s.enrolled,
      html`<div class="actions">
        <button type="button" part="button my-enrolments" @click=${actions.showEnrolments}>${s.viewMyEnrolments}</button>
      </div>`,
    );
  }
  if (reasons.includes('enrolment_closed')) return one('closed', 'enrolment_closed', windowText(ctx, plan));
  if (reasons.includes('age_out_of_range')) {
    return one('not-eligible', 'age_out_of_range', reasonText(ctx, plan, 'age_out_of_range'));
  }
  const needsBirthDate = reasons.length === 1 && reasons[0] === 'birth_date_required';
  if (eligibility.eligible || needsBirthDate) {
    return html`<div class="eligibility" part="eligibility eligible">
      ${needsBirthDate
        ? html`<p class="status" data-reason="birth_date_required">${s.birthDateAsked(ageRange(ctx, plan, eligibility))}</p>`
        : html`<p class="status ok">✓ ${s.eligible}</p>`}
      <button
        type="button"
        class="primary"
        part="button button-primary enrol"
        aria-label=${s.enrolOneClick(name)}
        @click=${() => actions.enrol(plan.id)}
      >
        ${s.enrolOneClickShort}
      </button>
    </div>`;
  }
  return html`<div class="eligibility" part="eligibility not-eligible">
    <p class="status">${s.notEligible}</p>
    <ul class="reasons" aria-label=${s.reasonsLabel(name)}>
      ${reasons.map((r) => html`<li data-reason=${r}>${reasonText(ctx, plan, r)}</li>`)}
    </ul>
    ${reasons.includes('not_a_member')
      ? html`<div class="actions">
          <button type="button" class="primary" part="button button-primary join" @click=${() => actions.join(plan.id)}>
            ${ctx.t.common.joinUnion}
          </button>
        </div>`
      : nothing}
  </div>`;
}
