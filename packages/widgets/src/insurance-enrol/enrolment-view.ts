/**
 * The worker's cover in `<union-insurance-enrol>`: the result of an enrolment, "我的保障" and the
 * certificate. Until the day cover starts it says "保障自 D 起生效", never "保障已生效".
 */
import type { InsuranceEnrolment } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { shanghaiDate } from '../internal/format.js';
import { confirmPanel } from '../internal/views/confirm.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import type { EnrolmentCancellation } from './cancellation.js';
import type { CoverStrings } from './cover-strings.js';
import { dateRange, money, startsLater, statusText, type InsuranceViewContext } from './shared.js';

/** The view context with the cover's own words (they come with this part). */
export type CoverContext = InsuranceViewContext & { c: CoverStrings };

/** Enrolment statuses that can still be cancelled. */
const CANCELLABLE = new Set<InsuranceEnrolment['status']>(['pending_review', 'awaiting_payment', 'active']);

/** Whether a claim can be made on it: it gave cover, and its cover has started. */
export function claimable(e: InsuranceEnrolment): boolean {
  return (e.status === 'active' || e.status === 'expired') && !!e.coverageStart && e.coverageStart <= shanghaiDate();
}

/** What the result says about an enrolment just made. */
export function resultText(ctx: CoverContext, e: InsuranceEnrolment, name: string): string {
  const { c, fmt } = ctx;
  if (e.status === 'active' && e.coverageStart && e.coverageEnd) {
    return startsLater(e)
      ? c.doneActive(name, fmt.date(e.coverageStart), fmt.date(e.coverageEnd))
      : c.doneInForce(name, fmt.date(e.coverageEnd));
  }
  return e.status === 'awaiting_payment' ? c.doneAwaitingPayment(name, money(ctx, e.workerPaysFen)) : c.donePending(name);
}

/** The enrolment just made: what it means, its facts and what it says about its premium. */
export function renderResult(ctx: CoverContext, e: InsuranceEnrolment, name: string, payment: unknown): TemplateResult {
  return html`<div class="panel ${e.status === 'active' ? 'success' : ''}" part="result">
    <p>${resultText(ctx, e, name)}</p>
    ${renderEnrolmentFacts(ctx, e)} ${payment}
  </div>`;
}

/** A certificate: the plan, and every fact of the enrolment with its certificate once it has one. */
export function renderCertificate(ctx: CoverContext, e: InsuranceEnrolment, name: string): TemplateResult {
  return html`<div class="card" part="card certificate">
    <h3>${name}</h3>
    ${e.certificate ? nothing : html`<p class="muted">${ctx.s.noCertificateYet}</p>`} ${renderEnrolmentFacts(ctx, e, true)}
  </div>`;
}

export function renderEnrolmentFacts(ctx: CoverContext, e: InsuranceEnrolment, withIssued = false): TemplateResult {
  const { s, c, fmt } = ctx;
  return html`<dl class="facts">
    <dt>${s.status}</dt>
    <dd><span class="tag ${e.status === 'active' ? 'ok' : ''}" part="status">${statusText(ctx, e)}</span></dd>
    ${e.certificate
      ? html`<dt>${c.certificateNumber}</dt>
          <dd class="big" part="certificate-number">${e.certificate.number}</dd>`
      : nothing}
    ${e.coverageStart && e.coverageEnd
      ? html`<dt>${c.coverage}</dt>
          <dd>${dateRange(ctx, e.coverageStart, e.coverageEnd)}</dd>`
      : nothing}
    ${withIssued && e.certificate
      ? html`<dt>${c.issuedAt}</dt>
          <dd>${fmt.dateTime(e.certificate.issuedAt)}</dd>`
      : nothing}
    ${withIssued
      ? html`<dt>${c.enrolmentNumber}</dt>
          <dd>${e.id}</dd>`
      : nothing}
  </dl>`;
}

export interface EnrolmentActions {
  /** 申请互助金 on an enrolment whose cover has started (absent: no claim button). */
  claim?: (e: InsuranceEnrolment) => void;
  openCertificate: (id: string) => void;
  askCancel: (id: string) => void;
  keep: (id: string) => void;
  cancel: (e: InsuranceEnrolment) => void;
}

export interface CancelState {
  /** The enrolment whose cancellation is being confirmed. */
  openFor: string | undefined;
  error: UnionErrorInfo | undefined;
  running: (id: string) => boolean;
}

/** One enrolment in "我的保障", with its certificate and cancel (after a confirmation). */
export function renderEnrolment(
  ctx: CoverContext,
  e: InsuranceEnrolment,
  name: string,
  cancel: CancelState,
  actions: EnrolmentActions,
  payment: unknown = nothing,
): TemplateResult {
  const { s, c, t } = ctx;
  return html`<li class="card" part="card enrolment" data-enrolment=${e.id}>
    <h3>${name}</h3>
    ${renderEnrolmentFacts(ctx, e)} ${payment}
    ${cancel.openFor === e.id
      ? confirmPanel({
          question: c.cancelConfirm(name),
          error: cancel.error,
          running: cancel.running(e.id),
          t,
          onYes: () => actions.cancel(e),
          onNo: () => actions.keep(e.id),
        })
      : html`<div class="actions">
          ${actions.claim && claimable(e)
            ? html`<button
                type="button"
                class="primary"
                part="button button-primary claim"
                aria-label=${s.actionFor(s.claim, name)}
                @click=${() => actions.claim!(e)}
              >
                ${s.claim}
              </button>`
            : nothing}
          ${e.certificate
            ? html`<button
                type="button"
                part="button certificate"
                aria-label=${s.actionFor(c.viewCertificate, name)}
                @click=${() => actions.openCertificate(e.id)}
              >
                ${c.viewCertificate}
              </button>`
            : nothing}
          ${CANCELLABLE.has(e.status)
            ? html`<button
                type="button"
                part="button cancel"
                data-cancel-for=${e.id}
                aria-label=${s.actionFor(s.cancel, name)}
                @click=${() => actions.askCancel(e.id)}
              >
                ${s.cancel}
              </button>`
            : nothing}
        </div>`}
  </li>`;
}

/** "我的保障": every enrolment, each with what it says about its premium and its cancellation. */
export function renderEnrolments(
  ctx: CoverContext,
  list: readonly InsuranceEnrolment[],
  name: (e: InsuranceEnrolment) => string,
  cancel: EnrolmentCancellation,
  more: Pick<EnrolmentActions, 'claim' | 'openCertificate'>,
  payment: (e: InsuranceEnrolment) => unknown,
): TemplateResult {
  const actions: EnrolmentActions = {
    claim: more.claim,
    openCertificate: more.openCertificate,
    askCancel: (id) => cancel.ask(id),
    keep: (id) => cancel.keep(id),
    cancel: (e) => void cancel.cancel(e),
  };
  return html`<ul class="list" part="list">
    ${list.map((e) => renderEnrolment(ctx, e, name(e), cancel, actions, payment(e)))}
  </ul>`;
}
