/**
 * What the payment, claim and clock tests share: a member enrolled in a free plan and a paid one, the
 * clock moved so that cover has started, evidence uploaded through `POST /files`, claim bodies.
 */
import assert from 'node:assert/strict';
import { becomeMember, NOTICE, SK, type Harness } from './harness.js';

/** The seed's plans in TEST_NOW's year: accident is free (accident + death_disability), inpatient costs ¥30. */
export const PLAN = { accident: 'plan_accident_2026', inpatient: 'plan_inpatient_2026', critical: 'plan_critical_illness_2026' };
export const CLAIM_CONSENTS = [
  { purpose: 'claim_processing', noticeVersion: NOTICE },
  { purpose: 'sensitive_health_data', noticeVersion: NOTICE },
];
const DAY_MS = 86_400_000;

/** A member's client token (attested, so every plan is open to them). */
export async function member(h: Harness, workerRef: string, share = false): Promise<string> {
  const token = await h.session({ workerRef, attestation: { activeOrdersLast7Days: 20 } });
  await becomeMember(h, token, { share });
  return token;
}

export async function enrol(h: Harness, token: string, planId: string): Promise<any> {
  const res = await h.call('POST', '/insurance-enrolments', { token, body: { planId } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/** Moves the sandbox clock (straight on the store: the tests of the operation itself are in clock.test.ts). */
export function advanceDays(h: Harness, days: number): void {
  h.server.sandbox.store.clock.advance(days * DAY_MS);
}

/** A tiny JPEG (by its first bytes) uploaded by the token's worker; its file id. */
export async function upload(h: Harness, token: string, purpose = 'claim_evidence'): Promise<string> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9])], { type: 'image/jpeg' }), 'receipt.jpg');
  const res = await h.call('POST', '/files', { token, raw: form });
  assert.equal(res.status, 201, res.text);
  return res.body.id as string;
}

export interface Insured {
  workerRef: string;
  token: string;
  /** Free accident plan, active from 1 December 2026. */
  accident: string;
  /** Paid inpatient plan, paid by the partner on 30 November, active from 1 December 2026. */
  inpatient: string;
  file: string;
}

/**
 * Members (one per `workerRefs`, sharing status with the platform when `share`) each with two
 * enrolments whose cover started on 1 December 2026; the clock is then moved to 2 December (fresh
 * client tokens, the first ones having expired with the move) and one evidence file each is uploaded.
 */
export async function insuredWorkers(h: Harness, workerRefs: readonly string[], share = false): Promise<Insured[]> {
  const enrolled: { workerRef: string; accident: string; inpatient: string }[] = [];
  for (const workerRef of workerRefs) {
    const first = await member(h, workerRef, share);
    const accident = (await enrol(h, first, PLAN.accident)).id as string;
    const inpatient = (await enrol(h, first, PLAN.inpatient)).id as string;
    const paid = await h.call('POST', `/insurance-enrolments/${inpatient}/payments`, {
      token: SK,
      body: { amountFen: 3000, partnerPaymentRef: `wallet-${workerRef}` },
    });
    assert.equal(paid.status, 201, paid.text);
    enrolled.push({ workerRef, accident, inpatient });
  }
  advanceDays(h, 2);
  const out: Insured[] = [];
  for (const e of enrolled) {
    const token = await h.session({ workerRef: e.workerRef, attestation: { activeOrdersLast7Days: 20 } });
    out.push({ ...e, token, file: await upload(h, token) });
  }
  return out;
}

/** One insured member (see `insuredWorkers`). */
export async function insured(h: Harness, workerRef = 'insured', share = false): Promise<Insured> {
  return (await insuredWorkers(h, [workerRef], share))[0]!;
}

export function claimBody(i: Insured, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    enrolmentId: i.inpatient,
    benefit: 'inpatient',
    incidentDate: '2026-12-01',
    description: '送餐途中摔倒致右腿骨折，住院治疗。',
    hospitalDays: 5,
    evidenceFileIds: [i.file],
    consents: CLAIM_CONSENTS,
    ...over,
  };
}

/** The store's claims and payments, to prove a refused request changed nothing (with `snapshot`). */
export function insuranceSnapshot(h: Harness): string {
  const s = h.server.sandbox.store;
  return JSON.stringify({ claims: [...s.claims.values()], payments: [...s.payments.values()], enrolments: [...s.enrolments.values()], consents: [...s.consents.values()] });
}
