/**
 * What an enrolment says about its premium (loaded with the cover part): awaiting payment — the amount,
 * the due date and 去缴费, then either "waiting for the platform" or how to pay at a union counter —
 * and lapsed — a neutral explanation and a way to enrol again.
 */
import type { InsuranceEnrolment } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { PaymentMode } from './payment.js';
import type { PaymentStrings } from './payment-strings.js';
import { money, type InsuranceViewContext } from './shared.js';

/** What the view asks of the premium's hand-off (./payment.ts). */
export interface PaymentActions {
  mode: (enrolmentId: string) => PaymentMode | undefined;
  /** 去缴费, saying `waitingWords` if the platform takes the payment on. */
  pay: (e: InsuranceEnrolment, waitingWords: string) => void;
}

export function renderPayment(
  ctx: InsuranceViewContext,
  ps: PaymentStrings,
  e: InsuranceEnrolment,
  name: string,
  a: PaymentActions,
  enrolAgain: () => void,
): unknown {
  const { s, fmt } = ctx;
  const amount = money(ctx, e.payment?.amountFen ?? e.workerPaysFen);
  const due = e.payment ? fmt.date(e.payment.dueDate) : '';
  if (e.status === 'lapsed') {
    return html`<div class="panel" part="payment lapsed">
      <p>${ps.lapsedText(due)}</p>
      <div class="actions">
        <button type="button" part="button enrol-again" @click=${enrolAgain}>${ps.enrolAgain}</button>
      </div>
    </div>`;
  }
  if (e.status !== 'awaiting_payment') return nothing;
  const mode = a.mode(e.id);
  return html`<div class="panel" part="payment" data-payment-for=${e.id}>
    <p part="payment-due">${ps.payDue(amount, due)}</p>
    ${mode === 'waiting'
      ? html`<p class="waiting" part="payment-waiting" role="status">${ps.payWaiting}</p>
          <p class="muted">${ps.payWaitingHint}</p>`
      : html`<div class="actions">
          <button
            type="button"
            class="primary"
            part="button button-primary pay"
            aria-label=${s.actionFor(ps.payButton, name)}
            @click=${() => a.pay(e, ps.payWaiting)}
          >
            ${ps.payButton}
          </button>
        </div>`}
    ${mode === 'counter'
      ? html`<div part="payment-counter">
          <h3 tabindex="-1" data-counter-heading>${ps.payCounterHeading}</h3>
          <p>${ps.payCounter(amount, due, e.id)}</p>
          <p class="muted">${ps.payCounterHotline}</p>
        </div>`
      : nothing}
  </div>`;
}
