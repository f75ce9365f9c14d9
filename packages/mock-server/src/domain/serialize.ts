/** Records → the contract's response shapes. Times as RFC 3339 with `+08:00`. */
import { endpointHealth } from './webhook-events.js';
import type {
  Consent,
  InsuranceEnrolment,
  JobApplication,
  Membership,
  MembershipApplication,
  SmsVerification,
  WebhookEndpoint,
  WidgetSession,
  WidgetSessionCurrent,
} from '@unionkit/contract';
import { formatDateTime } from '../time.js';
import type {
  ConsentRecord,
  EnrolmentRecord,
  JobApplicationRecord,
  MembershipApplicationRecord,
  MembershipRecord,
  Session,
  SmsVerificationRecord,
  WebhookEndpointRecord,
  Partner,
} from '../store/types.js';
import { maskMobile } from '@unionkit/contract';

export function widgetSession(s: Session): WidgetSession {
  return {
    id: s.id,
    clientToken: s.token,
    expiresAt: formatDateTime(s.expiresAt),
    components: [...s.components],
    locale: s.locale,
  };
}

/** A client token's own session, without the token, with its partner's registered origins. */
export function currentWidgetSession(s: Session, partner: Partner): WidgetSessionCurrent {
  return {
    id: s.id,
    expiresAt: formatDateTime(s.expiresAt),
    components: [...s.components],
    locale: s.locale,
    allowedOrigins: [...partner.allowedOrigins],
  };
}

export function smsVerification(v: SmsVerificationRecord): SmsVerification {
  return { id: v.id, expiresAt: formatDateTime(v.expiresAt), mobileMasked: maskMobile(v.mobile) };
}

export function membershipApplication(a: MembershipApplicationRecord): MembershipApplication {
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    occupation: a.occupation,
    workDistrict: a.workDistrict,
    organisationId: a.organisationId,
    contactDueDate: a.contactDueDate,
    submittedAt: formatDateTime(a.submittedAt),
    updatedAt: formatDateTime(a.updatedAt),
    decisionNote: a.decisionNote,
    applicant: { ...a.applicant },
  };
}

/** `{ status: 'none' }` for a worker who is not a member. */
export function membership(m: MembershipRecord | undefined): Membership {
  if (!m) return { status: 'none' };
  return { memberNumber: m.memberNumber, organisationId: m.organisationId, since: m.since, status: m.status };
}

export function enrolment(e: EnrolmentRecord): InsuranceEnrolment {
  return {
    id: e.id,
    planId: e.planId,
    status: e.status,
    coverageStart: e.coverageStart,
    coverageEnd: e.coverageEnd,
    workerPaysFen: e.workerPaysFen,
    // what is due, while it is (and once it lapsed unpaid)
    payment: e.payment && (e.status === 'awaiting_payment' || e.status === 'lapsed') ? { ...e.payment } : null,
    certificate: e.certificate ? { number: e.certificate.number, issuedAt: formatDateTime(e.certificate.issuedAt) } : null,
    createdAt: formatDateTime(e.createdAt),
    updatedAt: formatDateTime(e.updatedAt),
  };
}

export function jobApplication(j: JobApplicationRecord): JobApplication {
  return {
    id: j.id,
    jobPostingId: j.jobPostingId,
    status: j.status,
    createdAt: formatDateTime(j.createdAt),
    updatedAt: formatDateTime(j.updatedAt),
  };
}

export function consent(c: ConsentRecord): Consent {
  const out: Consent = {
    id: c.id,
    purpose: c.purpose,
    noticeVersion: c.noticeVersion,
    grantedAt: formatDateTime(c.grantedAt),
    withdrawnAt: c.withdrawnAt ? formatDateTime(c.withdrawnAt) : null,
  };
  if (c.subjectId !== null) out.subjectId = c.subjectId;
  return out;
}

export function webhookEndpoint(w: WebhookEndpointRecord): WebhookEndpoint {
  return { id: w.id, url: w.url, events: [...w.events], createdAt: formatDateTime(w.createdAt), ...endpointHealth(w) };
}
