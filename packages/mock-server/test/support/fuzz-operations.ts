/**
 * What the fuzzer needs to know about each operation beyond its schemas: which kind of id each
 * path parameter names (so most requests reach the domain with a real id) and bodies the domain
 * accepts (a schema alone cannot make a verified SMS id or a resident ID with its check digit).
 * Every operation of the contract must have an entry, and every entry an operation: a new operation
 * fails the fuzzer until someone says here how to reach it.
 */
import { residentIdAged, NOTICE } from './harness.js';
import { WORKER_D_MOBILE, type IdKind, type World } from './fuzz-world.js';

export interface OperationFuzz {
  /** Path parameter → the kind of id it names. */
  ids?: Record<string, IdKind>;
  /** Bodies that can succeed in the world (the schema's own values and the contract's examples are used too). */
  bodies?: (w: World) => unknown[];
  /** A success empties the sandbox, sessions included: the world's workers get new ones. */
  revokesSessions?: boolean;
}

const consent = (purpose: string, noticeVersion = NOTICE) => ({ purpose, noticeVersion });

export const OPERATIONS: Record<string, OperationFuzz> = {
  createWidgetSession: {
    bodies: () => [
      { workerRef: 'fuzz-new', components: ['membership', 'insurance', 'service_map', 'events', 'jobs'] },
      { workerRef: 'fuzz-a', components: ['jobs'], locale: 'en', verifiedMobile: '13800138000', attestation: { activeOrdersLast7Days: 3 } },
    ],
  },
  getCurrentWidgetSession: {},
  getWorkerStatus: { ids: { workerRef: 'workerRef' } },
  getAllowedOrigins: {},
  setAllowedOrigins: {
    bodies: () => [
      { origins: ['http://localhost:*', 'http://127.0.0.1:*', 'capacitor://localhost', 'https://rider.example'] },
      { origins: ['http://localhost:*', 'null'], allowNullOrigin: true },
    ],
  },
  createWebhookEndpoint: {
    bodies: () => [{ url: 'http://127.0.0.1:9/hooks', events: ['member.status_changed', 'coverage.status_changed'] }, { url: 'https://partner.example/hooks', events: ['coverage.status_changed'] }],
  },
  listWebhookEndpoints: {},
  deleteWebhookEndpoint: { ids: { id: 'endpoint' } },
  listWebhookDeliveries: { ids: { id: 'endpoint' } },
  listWebhookEvents: {},
  getWebhookEvent: { ids: { id: 'webhookEvent' } },
  redeliverWebhookEvent: { ids: { id: 'webhookEvent' } },
  getPartnerStats: {},
  listUnionOrganisations: {},
  createSmsVerification: { bodies: () => [{ mobile: '13800138000' }, { mobile: '+8613900139000' }] },
  confirmSmsVerification: { ids: { id: 'sms' }, bodies: () => [{ code: '000000' }, { code: '123456' }] },
  listMembershipApplications: {},
  createMembershipApplication: {
    bodies: (w) => {
      const body = {
        fullName: '李娜',
        residentIdNumber: residentIdAged(35),
        mobile: WORKER_D_MOBILE,
        occupation: 'courier',
        workDistrict: '310104',
        organisationId: 'org_310104_platform_demo_delivery',
        charterAccepted: true,
        consents: [consent('membership_processing'), consent('sensitive_id_number'), consent('share_status_with_platform')],
      };
      return [body, { ...body, mobile: '13900139000', smsVerificationId: w.ids.sms[0] }];
    },
  },
  getMembershipApplication: { ids: { id: 'application' } },
  withdrawMembershipApplication: { ids: { id: 'application' } },
  getMembership: {},
  listInsurancePlans: {},
  getInsurancePlanEligibility: { ids: { id: 'plan' } },
  createInsuranceEnrolment: { bodies: (w) => w.ids.plan.map((planId) => ({ planId, consents: [consent('share_status_with_platform')] })) },
  listInsuranceEnrolments: {},
  getInsuranceEnrolment: { ids: { id: 'enrolment' } },
  cancelInsuranceEnrolment: { ids: { id: 'enrolment' } },
  listServicePoints: {},
  getServicePoint: { ids: { id: 'servicePoint' } },
  listEvents: {},
  getEvent: { ids: { id: 'event' } },
  getEventCalendar: { ids: { id: 'event' } },
  createEventRegistration: { ids: { id: 'event' }, bodies: () => [{}, { companions: [{ relation: 'child', birthYear: 2018 }, { relation: 'spouse', birthYear: 1992 }] }] },
  listEventRegistrations: {},
  cancelEventRegistration: { ids: { id: 'registration' } },
  listJobPostings: {},
  getJobPosting: { ids: { id: 'job' } },
  createJobApplication: {
    ids: { id: 'job' },
    bodies: () => [{ consents: [consent('job_application_sharing')] }, { message: '您好，想了解工作时间。', consents: [consent('job_application_sharing')] }],
  },
  listJobApplications: {},
  withdrawJobApplication: { ids: { id: 'jobApplication' } },
  listConsents: {},
  withdrawConsent: { ids: { id: 'consent' } },
  getPrivacyNotice: { ids: { purpose: 'privacyNotice' } },
  decideMembershipApplication: {
    ids: { id: 'application' },
    bodies: () => [{ decision: 'approve' }, { decision: 'reject', note: '材料不全' }, { decision: 'needs_info', note: '请补充身份证明' }],
  },
  createFile: {},
  getFile: { ids: { id: 'file' } },
  createInsurancePayment: { ids: { id: 'enrolment' }, bodies: () => [{ amountFen: 3000, partnerPaymentRef: 'fuzz-wallet-1' }] },
  createInsuranceClaim: {
    bodies: (w) => [
      {
        enrolmentId: w.ids.enrolment[0],
        benefit: 'accident_medical',
        incidentDate: '2026-12-01',
        description: '送餐途中摔伤，门诊治疗。',
        evidenceFileIds: w.ids.file,
        consents: [consent('claim_processing'), consent('sensitive_health_data')],
      },
    ],
  },
  listInsuranceClaims: {},
  getInsuranceClaim: { ids: { id: 'claim' } },
  addInsuranceClaimDocuments: { ids: { id: 'claim' }, bodies: (w) => [{ fileIds: w.ids.file }] },
  withdrawInsuranceClaim: { ids: { id: 'claim' } },
  decideInsuranceClaim: {
    ids: { id: 'claim' },
    bodies: () => [{ decision: 'approve' }, { decision: 'approve', amountFen: 5000 }, { decision: 'needs_info', reason: '请补充门诊病历。' }, { decision: 'reject', reason: '不在保障范围内。' }, { decision: 'pay' }],
  },
  payInsuranceEnrolmentAtCounter: { ids: { id: 'enrolment' } },
  listServicePointSlots: { ids: { id: 'appointmentPoint' } },
  createAppointment: {
    bodies: (w) => w.ids.appointmentPoint.flatMap((servicePointId) => [
      { servicePointId, startsAt: '2026-12-03T09:00:00+08:00' },
      { servicePointId, startsAt: '2026-12-04T14:30:00+08:00' },
    ]),
  },
  listAppointments: {},
  cancelAppointment: { ids: { id: 'appointment' } },
  createUnionSession: { bodies: () => [{ mobile: '13900139000' }, { mobile: '+8613700137000' }] },
  confirmUnionSession: { ids: { id: 'unionChallenge' }, bodies: () => [{ code: '000000' }, { code: '123456' }] },
  createHelpRequest: {
    bodies: () => [
      { type: 'complaint', topic: 'account_deactivation', counterparty: 'platform', description: '账号被无故封禁。', contactPreference: 'phone_call', consents: [consent('help_request_processing')] },
      { type: 'suggestion', topic: 'other', description: '建议增设爱心接力站。', anonymous: true, consents: [consent('help_request_processing')] },
      { type: 'micro_wish', category: 'daily_necessities', wish: '一双保暖手套。', valueFen: 5000, consents: [consent('help_request_processing')] },
    ],
  },
  listHelpRequests: {},
  getHelpRequest: { ids: { id: 'helpRequest' } },
  createHelpRequestMessage: { ids: { id: 'helpRequest' }, bodies: () => [{ body: '补充一下：站长电话打不通。' }] },
  withdrawHelpRequest: { ids: { id: 'helpRequest' } },
  decideHelpRequest: {
    ids: { id: 'helpRequest' },
    bodies: () => [{ decision: 'accept', message: '已受理。' }, { decision: 'start' }, { decision: 'needs_info', message: '请补充材料。' }, { decision: 'adopt' }, { decision: 'resolve' }],
  },
  // Moving the clock expires every client token: the world's workers get new ones.
  advanceSandboxClock: { bodies: () => [{ days: 1 }], revokesSessions: true },
  resetSandbox: { revokesSessions: true },
  healthz: {},
};
