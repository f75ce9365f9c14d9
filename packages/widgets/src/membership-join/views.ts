/**
 * The views of `<union-membership-join>` that the element shows itself, before any join flow: the
 * member card and the open application. They only show what they are given; the element owns the
 * state and passes it in with the handlers. The join flow's views are `flow-views.ts`, in the flow's
 * own chunk.
 */
import type { Membership, MembershipApplication } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../internal/errors.js';
import { busyButton } from '../internal/views/busy-button.js';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import type { MembershipJoinStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

export interface ViewContext {
  s: MembershipJoinStrings;
  t: Translation;
  fmt: Formatter;
}

const ACTIVE: ReadonlySet<string> = new Set(['active', 'transfer_pending']);

export function renderCard(c: ViewContext, m: Membership, name: string | undefined, onRejoin: () => void): TemplateResult {
  const { s, fmt } = c;
  return html`<section part="card" class="card" aria-labelledby="card-heading">
      <h3 id="card-heading" part="heading" data-step-heading tabindex="-1">${s.cardHeading}</h3>
      <dl>
        <dt>${s.record.memberNumber}</dt>
        <dd>${m.memberNumber ?? '—'}</dd>
        <dt>${s.record.organisation}</dt>
        <dd>${name ?? '—'}</dd>
        <dt>${s.record.memberSince}</dt>
        <dd>${m.since ? fmt.date(m.since) : '—'}</dd>
        <dt>${s.memberStatus}</dt>
        <dd>${m.status === 'none' ? '—' : enumLabel(fmt.locale, s.enums.membershipStatus, m.status, 'status')}</dd>
      </dl>
      <p>${s.cardPrivate}</p>
    </section>
    ${ACTIVE.has(m.status)
      ? nothing
      : html`<div class="actions">
          <button type="button" part="button button-primary" class="primary" @click=${onRejoin}>${s.rejoin}</button>
        </div>`}`;
}

export interface StatusViewOptions {
  application: MembershipApplication;
  organisationName: string | undefined;
  confirming: boolean;
  running: boolean;
  error: UnionErrorInfo | undefined;
  onAsk: () => void;
  onCancel: () => void;
  onWithdraw: () => void;
  renderError: (e: UnionErrorInfo) => TemplateResult;
}

export function renderStatus(c: ViewContext, o: StatusViewOptions): TemplateResult {
  const { s, t, fmt } = c;
  const a = o.application;
  return html`<section part="status" class="status" aria-labelledby="status-heading">
    <h3 id="status-heading" part="heading" data-step-heading tabindex="-1">${s.statusHeading}</h3>
    <dl>
      <dt>${s.statusLabel}</dt>
      <dd>${enumLabel(fmt.locale, s.enums.membershipApplicationStatus, a.status, 'status')}</dd>
      <dt>${s.applicationNumber}</dt>
      <dd>${a.id}</dd>
      <dt>${s.record.organisation}</dt>
      <dd>${o.organisationName ?? '—'}</dd>
      <dt>${s.submittedOn}</dt>
      <dd>${fmt.date(a.submittedAt)}</dd>
    </dl>
    ${a.status === 'needs_info' ? html`<p class="notice">${s.needsInfo}</p>` : nothing}
    ${a.decisionNote
      ? html`<dl>
          <dt>${s.decisionNote}</dt>
          <dd>${a.decisionNote}</dd>
        </dl>`
      : nothing}
    <p>${s.record.contactPromise(fmt.date(a.contactDueDate))}</p>
    ${o.error ? o.renderError(o.error) : nothing}
    ${o.confirming
      ? html`<div class="confirm" role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question" tabindex="-1">${s.withdrawQuestion}</p>
          <div class="actions">
            ${busyButton({
              className: 'danger',
              disabled: o.running,
              label: s.withdrawYes,
              busyLabel: t.common.submitting,
              busy: o.running,
              onClick: o.onWithdraw,
            })}
            <button type="button" part="button" ?disabled=${o.running} @click=${o.onCancel}>${s.withdrawNo}</button>
          </div>
        </div>`
      : html`<div class="actions">
          <button type="button" part="button" id="withdraw" @click=${o.onAsk}>${s.withdraw}</button>
        </div>`}
  </section>`;
}
