/**
 * The join flow's views of `<union-membership-join>`: the benefits, the consents, the review and the
 * confirmation (the personal and organisation steps are `personal.ts` and `organisations.ts`). They
 * only show what they are given; the flow owns the state and passes it in with the handlers. They come
 * with the flow, in its own chunk (`join-flow.ts`).
 */
import type { MembershipApplication, NoticePurpose, UnionOrganisation } from '@unionkit/sdk/types';
import { maskMobile, maskResidentId, parseResidentId } from '@unionkit/sdk/validators';
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../internal/errors.js';
import { normaliseId } from '../internal/fields.js';
import { checkbox } from '../internal/views/fields.js';
import { busyButton } from '../internal/views/busy-button.js';
import type { Translation } from '../internal/localize/translation.js';
import { CONSENT_KEYS, NOTICE_VERSION, normaliseName, type ConsentKey, type Draft, type FieldKey, type JoinStep } from './model.js';
import type { JoinFlowStrings } from './flow-strings.js';
import type { MembershipJoinStrings } from './strings.js';
import type { ViewContext } from './views.js';
import { enumLabel } from '../internal/labels.js';

/** What the flow's views are given: the element's context, with the flow's own words beside the element's. */
export interface FlowViewContext extends ViewContext {
  s: MembershipJoinStrings & JoinFlowStrings;
}

/** The organisation's name in the widget's language. */
export function orgName(org: UnionOrganisation, t: Translation): string {
  return t.locale === 'en' && org.nameEn ? org.nameEn : org.name;
}

export function renderBenefits(c: FlowViewContext, onStart: () => void): TemplateResult {
  const { s } = c;
  return html`<p class="intro">${s.intro}</p>
    <p>${s.benefitsLead}</p>
    <ul class="benefits">
      ${s.benefits.map((b) => html`<li part="benefit"><strong>${b.title}</strong>${b.text}</li>`)}
    </ul>
    <p class="muted">${s.privacyNote}</p>
    <div class="actions">
      <button type="button" part="button button-primary" class="primary" @click=${onStart}>${s.start}</button>
    </div>`;
}

export interface ConsentsViewOptions {
  draft: Draft;
  errors: Partial<Record<FieldKey, string>>;
  onConsent: (key: ConsentKey, checked: boolean) => void;
  onCharter: (checked: boolean) => void;
  noticeLink: (purpose: NoticePurpose, describedBy: string) => TemplateResult;
}

/** Each consent its own checkbox, unticked by default, with its notice one tap away; then the charter. */
export function renderConsents(c: FlowViewContext, o: ConsentsViewOptions): TemplateResult {
  const { s } = c;
  const consent = (key: ConsentKey) =>
    checkbox({
      id: key,
      required: key !== 'share_status_with_platform',
      checked: o.draft.consents[key],
      error: o.errors[key as FieldKey],
      label: html`<span class="consent-label" id=${`${key}-label`}>${s.consents[key].label}</span
        ><span class="consent-notice">${s.consents[key].notice} ${c.t.common.noticeVersion(NOTICE_VERSION)}</span>`,
      after: o.noticeLink(key, `${key}-label`),
      onChange: (checked) => o.onConsent(key, checked),
    });
  return html`<p>${s.consentsIntro}</p>
    ${CONSENT_KEYS.map(consent)}
    ${checkbox({
      id: 'charter',
      required: true,
      checked: o.draft.charter,
      error: o.errors.charter,
      label: html`<span class="consent-label" id="charter-label">${s.charter.label}</span
        ><span class="consent-notice">${s.charter.notice}</span>`,
      after: o.noticeLink('union_charter', 'charter-label'),
      onChange: o.onCharter,
    })}`;
}

export interface ReviewViewOptions {
  draft: Draft;
  organisation: UnionOrganisation | undefined;
  /** The submit is on its way. */
  running: boolean;
  /** Why the last submit failed, shown with a retry when one can help. */
  error: UnionErrorInfo | undefined;
  renderError: (e: UnionErrorInfo, retry?: () => void) => TemplateResult;
  onEdit: (step: JoinStep) => void;
  onBack: () => void;
  onSubmit: () => void;
}

/** What will be sent, the ID number and mobile masked, each section with its own edit button; then submit. */
export function renderReview(c: FlowViewContext, o: ReviewViewOptions): TemplateResult {
  const { s, t, fmt } = c;
  const d = o.draft;
  const id = parseResidentId(normaliseId(d.residentId));
  const edit = (step: JoinStep, section: string) =>
    html`<button type="button" part="button" @click=${() => o.onEdit(step)}>${s.editSection(section)}</button>`;
  return html`<p>${s.reviewIntro}</p>
    <section class="review-section" part="review" aria-labelledby="review-personal">
      <div class="row">
        <h4 id="review-personal">${s.reviewPersonal}</h4>
        ${edit('personal', s.reviewPersonal)}
      </div>
      <dl>
        <dt>${s.fullName}</dt>
        <dd>${normaliseName(d.fullName)}</dd>
        <dt>${s.residentId}</dt>
        <dd>${maskResidentId(normaliseId(d.residentId))}</dd>
        ${id.valid
          ? html`<dt>${s.birthDate}</dt>
              <dd>${fmt.date(id.birthDate)}</dd>
              <dt>${s.sexLabel}</dt>
              <dd>${s.sex[id.sex]}</dd>`
          : nothing}
        <dt>${s.mobile}</dt>
        <dd>${maskMobile(normaliseId(d.mobile))}</dd>
        <dt>${s.record.occupation}</dt>
        <dd>${d.occupation ? t.enums.occupation[d.occupation] : '—'}</dd>
        <dt>${s.record.workDistrict}</dt>
        <dd>${d.workDistrict ? t.enums.district[d.workDistrict] : '—'}</dd>
      </dl>
    </section>
    <section class="review-section" part="review" aria-labelledby="review-org">
      <div class="row">
        <h4 id="review-org">${s.reviewOrganisation}</h4>
        ${edit('organisation', s.reviewOrganisation)}
      </div>
      <p><strong>${o.organisation ? orgName(o.organisation, t) : '—'}</strong></p>
    </section>
    <section class="review-section" part="review" aria-labelledby="review-consents">
      <div class="row">
        <h4 id="review-consents">${s.reviewConsents}</h4>
        ${edit('consents', s.reviewConsents)}
      </div>
      <dl class="consents-review">
        ${CONSENT_KEYS.map(
          (k) => html`<dt>${s.consents[k].label}</dt>
            <dd>${d.consents[k] ? s.agreed : s.declined}</dd>`,
        )}
        <dt>${s.charter.label}</dt>
        <dd>${d.charter ? s.agreed : s.declined}</dd>
      </dl>
    </section>
    <p class="muted">${t.common.noticeVersion(NOTICE_VERSION)}</p>
    ${o.error ? o.renderError(o.error, o.error.retryable ? o.onSubmit : undefined) : nothing}
    <div class="actions">
      <button type="button" part="button" ?disabled=${o.running} @click=${o.onBack}>${t.common.back}</button>
      ${busyButton({
        primary: true,
        part: 'button button-primary',
        id: 'submit',
        disabled: o.running,
        label: s.submitApplication,
        busyLabel: t.common.submitting,
        busy: o.running,
        onClick: o.onSubmit,
      })}
    </div>`;
}

export function renderSubmitted(c: FlowViewContext, a: MembershipApplication): TemplateResult {
  const { s, fmt } = c;
  return html`<section part="status" class="status submitted" aria-labelledby="submitted-heading">
    <h3 id="submitted-heading" part="heading" data-step-heading tabindex="-1" class="success">✓ ${s.submittedHeading}</h3>
    <p><strong>${s.record.contactPromise(fmt.date(a.contactDueDate))}</strong></p>
    <dl>
      <dt>${s.statusLabel}</dt>
      <dd>${enumLabel(fmt.locale, s.enums.membershipApplicationStatus, a.status, 'status')}</dd>
      <dt>${s.applicationNumber}</dt>
      <dd>${a.id}</dd>
      <dt>${s.submittedOn}</dt>
      <dd>${fmt.dateTime(a.submittedAt)}</dd>
    </dl>
    <p class="muted">${s.whatNext}</p>
  </section>`;
}
