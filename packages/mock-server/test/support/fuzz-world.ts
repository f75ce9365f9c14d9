/**
 * The state the fuzzer attacks: a fresh sandbox (limits raised so they mask nothing, webhooks
 * delivered to an in-memory fetch, never the network) holding two workers with something of every
 * kind — a member with enrolments, registrations, job applications and consents; an applicant with
 * an open application and an SMS verification — a worker whose session has one component, a
 * webhook endpoint, and the seed's ids. Requests name these symbolically (`A`,
 * `ids.enrolment[1]`) and are resolved when sent, so a request still means the same after
 * `POST /sandbox/reset` has revoked the sessions.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { apply, becomeMember, NOTICE, SK, startHarness, type Harness } from './harness.js';

export const ID_KINDS = [
  'application', 'sms', 'enrolment', 'registration', 'jobApplication', 'consent', 'endpoint',
  'plan', 'event', 'job', 'servicePoint', 'organisation', 'workerRef', 'privacyNotice', 'file', 'claim',
  'appointmentPoint', 'appointment', 'helpRequest', 'unionChallenge', 'webhookEvent',
] as const;
export type IdKind = (typeof ID_KINDS)[number];

export interface World {
  h: Harness;
  workerRefs: { A: string; B: string; C: string; D: string; E: string };
  /**
   * A: member with everything; B: open application; C: a session with `service_map` only; D: nothing
   * yet, its mobile verified by the platform (so creates can succeed); E: a session that has expired.
   */
  tokens: { A: string; B: string; C: string; D: string; E: string };
  ids: Record<IdKind, string[]>;
  /** The worker each of the world's own ids belongs to (another worker's token must never reach it). */
  owners: Map<string, 'A' | 'B'>;
}

/** The mobile the platform verified for worker D. */
export const WORKER_D_MOBILE = '13700137000';

/** Webhook deliveries go nowhere: the fuzzer's sandbox never touches the network. */
const offlineFetch = async (): Promise<Response> => new Response(null, { status: 204 });

/**
 * A fresh sandbox for the fuzzer: request and failed-authentication limits off and the endpoint cap
 * raised, so that no 429 or cap masks a result; webhooks offline, their host names resolved here
 * (the fuzzer's made-up names never become DNS queries).
 */
export function startFuzzSandbox(t: TestContext): Promise<Harness> {
  return startHarness(t, {
    rateLimit: { limit: 0, authFailureLimit: 0 },
    limits: { webhookEndpointsPerPartner: 10_000 },
    fetch: offlineFetch,
    resolveHost: async () => ['127.0.0.1'],
    webhookRetry: { attempts: 1 },
  });
}

async function created(h: Harness, token: string, path: string, body: unknown): Promise<string | null> {
  const res = await h.call('POST', path, { token, body });
  return res.status === 201 ? (res.body.id as string) : null;
}

/** How far the clock moves after E's session is minted: past the 15 minutes a session lives. */
const PAST_EXPIRY_MS = 16 * 60 * 1000;

async function sessions(h: Harness, refs: World['workerRefs']): Promise<World['tokens']> {
  const E = await h.session({ workerRef: refs.E });
  h.server.sandbox.store.clock.advance(PAST_EXPIRY_MS);
  return {
    E,
    A: await h.session({ workerRef: refs.A, attestation: { activeOrdersLast7Days: 40 } }),
    B: await h.session({ workerRef: refs.B }),
    C: await h.session({ workerRef: refs.C, components: ['service_map'] }),
    D: await h.session({ workerRef: refs.D, verifiedMobile: WORKER_D_MOBILE, attestation: { activeOrdersLast7Days: 40 } }),
  };
}

/** After `POST /sandbox/reset`: fresh sessions for the same workers (their old ids are now simply unknown). */
export async function refreshTokens(w: World): Promise<void> {
  w.tokens = await sessions(w.h, w.workerRefs);
}

/** The world's workers and what they own, built through the API in `h`'s sandbox. */
export async function buildWorld(h: Harness): Promise<World> {
  const store = h.server.sandbox.store;
  const workerRefs = { A: 'fuzz-a', B: 'fuzz-b', C: 'fuzz-c', D: 'fuzz-d', E: 'fuzz-e' };
  let tokens = await sessions(h, workerRefs);
  const { A, B } = tokens;
  // subscribed before A joins, so the world has a webhook event (its delivery fails: webhooks are offline)
  const endpoint = await created(h, SK, '/webhook-endpoints', { url: 'http://127.0.0.1:9/webhooks', events: ['member.status_changed'] });
  const applications = [await becomeMember(h, A, { share: true }), await apply(h, B)];

  const enrolments: string[] = [];
  for (const plan of store.plans.slice(0, 3)) {
    const id = await created(h, A, '/insurance-enrolments', { planId: plan.id });
    if (id) enrolments.push(id);
  }
  const registrations: string[] = [];
  for (const event of ['evt_open', 'evt_full_waitlist']) {
    const id = await created(h, A, `/events/${event}/registrations`, {});
    if (id) registrations.push(id);
  }
  const jobApplications: string[] = [];
  for (const job of store.jobPostings.slice(0, 2)) {
    const id = await created(h, A, `/job-postings/${job.id}/applications`, {
      message: '你好，我有三年配送经验。',
      consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE }],
    });
    if (id) jobApplications.push(id);
  }
  const sms = [await created(h, B, '/sms-verifications', { mobile: '13900139000' })].filter((id): id is string => id !== null);
  const consents = [...store.consents.values()].map((c) => c.id);
  const upload = new FormData();
  upload.append('purpose', 'claim_evidence');
  upload.append('file', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9])]), 'receipt.jpg');
  const file = await h.call('POST', '/files', { token: A, raw: upload });
  const files = file.status === 201 ? [file.body.id as string] : [];
  // A claim needs cover that has started (the day after enrolling): a day on, with fresh sessions.
  store.clock.advance(24 * 60 * 60 * 1000);
  tokens = await sessions(h, workerRefs);
  const claim = await created(h, tokens.A, '/insurance-claims', {
    enrolmentId: enrolments[0],
    benefit: 'accident_medical',
    incidentDate: '2026-12-01',
    description: '送餐途中摔伤。',
    evidenceFileIds: files,
    consents: [{ purpose: 'claim_processing', noticeVersion: NOTICE }, { purpose: 'sensitive_health_data', noticeVersion: NOTICE }],
  });
  const claims = claim ? [claim] : [];
  // A legal-aid station's slot (the clock is now Tuesday 1 December) and a help request of each kind.
  const appointmentPoints = store.servicePoints.filter((p) => p.type === 'legal_aid' || p.type === 'health_check').slice(0, 2).map((p) => p.id);
  const appointment = await created(h, tokens.A, '/appointments', { servicePointId: appointmentPoints[0], startsAt: '2026-12-02T09:00:00+08:00' });
  const appointments = appointment ? [appointment] : [];
  const helpConsents = [{ purpose: 'help_request_processing', noticeVersion: NOTICE }];
  const helpRequests = [
    // A client token files no confidential type (that takes the union token): a suggestion instead.
    await created(h, tokens.A, '/help-requests', { type: 'suggestion', topic: 'other', description: '建议增设爱心接力站。', consents: helpConsents }),
    await created(h, tokens.A, '/help-requests', { type: 'micro_wish', category: 'health', wish: '一副护膝。', valueFen: 8000, consents: helpConsents }),
  ].filter((id): id is string => id !== null);
  const unionChallenges = [await created(h, tokens.A, '/union-sessions', { mobile: '13900139000' })].filter((id): id is string => id !== null);
  const owners = new Map<string, 'A' | 'B'>([
    [applications[0]!, 'A'],
    [applications[1]!, 'B'],
    ...[...enrolments, ...registrations, ...jobApplications, ...files, ...claims, ...appointments, ...helpRequests, ...unionChallenges].map((id) => [id, 'A'] as const),
    ...sms.map((id) => [id, 'B'] as const),
    ...[...store.consents.values()].map((c) => [c.id, c.workerKey.endsWith(`/${workerRefs.A}`) ? 'A' : 'B'] as const),
  ]);
  assert.ok(enrolments.length > 0 && registrations.length > 0 && jobApplications.length > 0 && consents.length > 0 && files.length > 0 && claims.length > 0 && appointments.length > 0 && helpRequests.length > 1, 'the world has something of every kind');

  return {
    h,
    workerRefs,
    tokens,
    owners,
    ids: {
      application: applications,
      sms,
      enrolment: enrolments,
      registration: registrations,
      jobApplication: jobApplications,
      consent: consents,
      endpoint: endpoint ? [endpoint] : [],
      plan: store.plans.map((p) => p.id),
      // Many, so that creates can keep succeeding (each worker applies to a job once).
      event: store.events.slice(0, 12).map((e) => e.id),
      job: [...store.jobPostings.slice(0, 12).map((j) => j.id), 'job_expired_1'],
      servicePoint: store.servicePoints.slice(0, 4).map((s) => s.id),
      organisation: store.organisations.slice(0, 4).map((o) => o.id),
      workerRef: [workerRefs.A, workerRefs.B, workerRefs.C, workerRefs.D, 'nobody'],
      file: files,
      claim: claims,
      appointmentPoint: appointmentPoints,
      appointment: appointments,
      helpRequest: helpRequests,
      unionChallenge: unionChallenges,
      webhookEvent: [...store.webhookEvents.values()].map((e) => e.id),
      privacyNotice: ['membership_processing', 'sensitive_id_number', 'share_status_with_platform', 'job_application_sharing', 'help_request_processing', 'union_charter'],
    },
  };
}
