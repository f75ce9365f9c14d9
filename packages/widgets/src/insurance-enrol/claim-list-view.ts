/**
 * "我的理赔" in `<union-insurance-enrol>`: the worker's claims (benefit, plan, incident date, status) and
 * one claim opened — its status timeline, the date the union answers by, the approved amount, the
 * union's reason; more documents when the union asked for them; withdraw before a decision, after a
 * confirmation.
 */
import { WITHDRAWABLE_CLAIM_STATUSES } from '@unionkit/contract';
import type { InsuranceClaim } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadTask } from '../internal/controllers/load.js';
import { busyButton } from '../internal/views/busy-button.js';
import { confirmPanel } from '../internal/views/confirm.js';
import { filePickerView } from '../internal/views/file-picker.js';
import { emptyTemplate, errorMessage } from '../internal/views/states.js';
import { timeline } from '../internal/views/timeline.js';
import type { ClaimViewContext } from './claim-form-view.js';
import type { ClaimStrings } from './claim-strings.js';
import { labelOr } from '../internal/labels.js';

const WITHDRAWABLE: ReadonlySet<string> = new Set(WITHDRAWABLE_CLAIM_STATUSES);
const DECIDED: ReadonlySet<string> = new Set(['approved', 'paid', 'rejected', 'withdrawn']);

export interface ClaimListActions {
  open: (claim: InsuranceClaim) => void;
  back: () => void;
  sendDocuments: () => void;
  askWithdraw: () => void;
  keep: () => void;
  withdraw: () => void;
}

const statusOf = (cs: ClaimStrings, status: string): string => labelOr(cs.statuses, status, cs.unknownStatus);
const benefitOf = (cs: ClaimStrings, benefit: string): string =>
  (cs.benefits as Record<string, string | undefined>)[benefit] ?? benefit;

export function renderClaims(c: ClaimViewContext, claims: LoadTask<InsuranceClaim[]>, a: ClaimListActions): unknown {
  const current = c.state.current;
  return current ? renderDetail(c, current, a) : renderList(c, claims, a);
}

function renderList(c: ClaimViewContext, claims: LoadTask<InsuranceClaim[]>, a: ClaimListActions): unknown {
  const { cs, fmt } = c;
  return claims.render({
    ready: (list) => html`<ul class="list" part="list claims">
      ${list.map((claim) => {
        const benefit = benefitOf(cs, claim.benefit);
        return html`<li class="card" part="card claim" data-claim=${claim.id}>
          <h3>${benefit}</h3>
          <p class="muted">${c.planName(claim.planId)}</p>
          <dl class="facts">
            <dt>${cs.status}</dt>
            <dd><span class="tag ${claim.status === 'paid' ? 'ok' : ''}" part="status">${statusOf(cs, claim.status)}</span></dd>
          </dl>
          <p class="muted">${cs.incidentOn(fmt.date(claim.incidentDate))} · ${cs.filedOn(fmt.date(claim.createdAt))}</p>
          <div class="actions">
            <button
              type="button"
              part="button open-claim"
              aria-label=${cs.open(benefit, fmt.date(claim.incidentDate))}
              @click=${() => a.open(claim)}
            >
              ${cs.timeline}
            </button>
          </div>
        </li>`;
      })}
    </ul>`,
    empty: () => html`${emptyTemplate(c.t, cs.empty)}
      <p class="muted">${cs.claimableHint}</p>`,
  });
}

function renderDetail(c: ClaimViewContext, claim: InsuranceClaim, a: ClaimListActions): TemplateResult {
  const { cs, fmt, state, t } = c;
  const decided = DECIDED.has(claim.status);
  return html`<section part="claim-detail" data-claim=${claim.id} aria-labelledby="claim-title">
    <h3 id="claim-title" tabindex="-1">${benefitOf(cs, claim.benefit)}</h3>
    <p class="muted">${c.planName(claim.planId)} · ${cs.incidentOn(fmt.date(claim.incidentDate))}</p>
    <dl class="facts">
      <dt>${cs.status}</dt>
      <dd><span class="tag ${claim.status === 'paid' ? 'ok' : ''}" part="status">${statusOf(cs, claim.status)}</span></dd>
      ${decided
        ? nothing
        : html`<dt>${cs.decisionDue}</dt>
            <dd part="decision-due">${fmt.date(claim.decisionDueDate)}</dd>`}
      ${claim.approvedAmountFen !== null && claim.approvedAmountFen !== undefined
        ? html`<dt>${cs.approvedAmount}</dt>
            <dd class="big" part="approved-amount">${fmt.money(claim.approvedAmountFen, { trim: true })}</dd>`
        : nothing}
      ${claim.reason
        ? html`<dt>${cs.reason}</dt>
            <dd part="reason">${claim.reason}</dd>`
        : nothing}
    </dl>
    ${claim.status === 'approved' || claim.status === 'paid' ? html`<p class="muted">${cs.payoutNote}</p>` : nothing}
    <h4>${cs.timeline}</h4>
    ${timeline({
      label: cs.timeline,
      entries: claim.timeline.map((e) => ({ label: statusOf(cs, e.status), at: fmt.dateTime(e.at), datetime: e.at, note: e.note })),
    })}
    ${claim.status === 'more_info_needed'
      ? html`<div part="more-info">
          <h4>${cs.moreInfoHeading}</h4>
          ${filePickerView(state.more, { id: 'claim-more', label: cs.evidence, hint: cs.moreInfoHint })}
          ${state.addDocuments.error ? errorMessage(state.addDocuments.error) : nothing}
          <div class="actions">
            ${busyButton({
              primary: true,
              part: 'button button-primary send-documents',
              label: state.addDocuments.error?.retryable ? t.common.retry : cs.sendDocuments,
              busyLabel: cs.sendingDocuments,
              busy: state.addDocuments.running(claim.id),
              onClick: a.sendDocuments,
            })}
          </div>
        </div>`
      : nothing}
    ${WITHDRAWABLE.has(claim.status)
      ? state.confirmingWithdraw
        ? confirmPanel({
            t,
            question: cs.withdrawQuestion,
            yes: cs.withdrawYes,
            error: state.withdrawal.error,
            running: state.withdrawal.running(claim.id),
            onYes: a.withdraw,
            onNo: a.keep,
          })
        : html`<div class="actions">
            <button type="button" part="button withdraw-claim" data-withdraw @click=${a.askWithdraw}>${cs.withdraw}</button>
          </div>`
      : nothing}
    <div class="actions">
      <button type="button" part="button back" @click=${a.back}>${cs.backToList}</button>
    </div>
  </section>`;
}
