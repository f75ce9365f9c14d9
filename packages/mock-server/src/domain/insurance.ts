/**
 * The mutual-aid protection plan (互助保障): eligibility, one-click enrolment, cancellation, expiry.
 * Enrolment `pending_review → awaiting_payment → active → expired`, or `rejected`, `cancelled`.
 */
import type { EligibilityReason, InsuranceEnrolmentCreate, InsurancePlan, Occupation } from '@unionkit/sdk/types';
import { ageOn } from '@unionkit/sdk/validators';
import type { Store } from '../store/store.js';
import type { EnrolmentRecord, MembershipApplicationRecord } from '../store/types.js';
import { addDays, formatDate, shanghaiDateAsUtc, shanghaiParts } from '../time.js';
import type { WorkerActor } from './actor.js';
import { checkConsentGrants, recordConsents } from './consents.js';
import { activeMembership } from './membership.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';

const LIVE_STATUSES = new Set(['pending_review', 'awaiting_payment', 'active']);
const CANCELLABLE = LIVE_STATUSES;

export function listPlans(store: Store): InsurancePlan[] {
  return store.plans.map((p) => structuredClone(p));
}

export function findPlan(store: Store, id: string): InsurancePlan | undefined {
  return store.plans.find((p) => p.id === id);
}

export function getPlan(store: Store, id: string): InsurancePlan {
  const plan = findPlan(store, id);
  if (!plan) throw notFound('保障计划', 'insurance plan');
  return plan;
}

/** Why the worker may not enrol in `plan` now; empty when eligible. */
export function eligibilityReasons(store: Store, actor: WorkerActor, plan: InsurancePlan): EligibilityReason[] {
  refreshEnrolments(store, actor.workerKey);
  const now = store.now();
  const rules = plan.eligibility;
  const reasons: EligibilityReason[] = [];
  const member = activeMembership(store, actor.workerKey);
  if (rules.membersOnly && !member) reasons.push('not_a_member');
  // Age and occupation come from the member's application; for a plan open to non-members, from the
  // worker's latest application if any (nothing known → not held against them).
  const profile = member ?? latestApplicant(store, actor.workerKey);
  if (profile && ageOn(profile.birthDate, shanghaiDateAsUtc(now)) >= rules.maxAgeExclusive) reasons.push('age_limit');
  if (profile && rules.occupations.length > 0 && !rules.occupations.includes(profile.occupation)) {
    reasons.push('occupation_not_covered');
  }
  if (rules.requiresActivityAttestation) {
    const att = actor.session.attestation;
    if (!att || att.activeOrdersLast7Days < (rules.minActiveOrdersLast7Days ?? 0)) reasons.push('activity_not_attested');
  }
  const enrolled = [...store.enrolments.values()].some(
    (e) => e.workerKey === actor.workerKey && e.planId === plan.id && LIVE_STATUSES.has(e.status),
  );
  if (enrolled) reasons.push('already_enrolled');
  const opens = Date.parse(plan.enrolmentWindow.opensAt);
  const closes = Date.parse(plan.enrolmentWindow.closesAt);
  const tomorrow = addDays(formatDate(now), 1);
  if (now.getTime() < opens || now.getTime() >= closes || tomorrow > plan.term.end) reasons.push('enrolment_closed');
  return reasons;
}

/** `HZBZ2026-310104-000123`: year, the worker's district, a sequence. */
function certificateNumber(store: Store, workerKey: string, now: Date): string {
  let district = '310000';
  for (const a of store.applications.values()) if (a.workerKey === workerKey) district = a.workDistrict;
  return `HZBZ${shanghaiParts(now).year}-${district}-${String(store.ids.sequence('certificate')).padStart(6, '0')}`;
}

function latestApplicant(store: Store, workerKey: string): { birthDate: string; occupation: Occupation } | undefined {
  let latest: MembershipApplicationRecord | undefined;
  for (const a of store.applications.values()) if (a.workerKey === workerKey) latest = a;
  return latest ? { birthDate: latest.applicant.birthDate, occupation: latest.occupation } : undefined;
}

export function enrol(store: Store, actor: WorkerActor, input: InsuranceEnrolmentCreate): EnrolmentRecord {
  const plan = findPlan(store, input.planId);
  if (!plan) {
    throw validationFailed([fieldError('planId', 'invalid_value', '没有这个保障计划。 There is no such plan.')]);
  }
  const consents = input.consents ?? [];
  checkConsentGrants(consents, []);
  const reasons = eligibilityReasons(store, actor, plan);
  if (reasons.includes('already_enrolled')) {
    throw new ProblemError(409, 'already_enrolled', '您已参加该保障计划。 You are already enrolled in this plan.');
  }
  if (reasons.length > 0) {
    throw new ProblemError(422, 'not_eligible', `不符合参保条件：${reasons.join(', ')}。 Not eligible: ${reasons.join(', ')}.`, {
      extra: { reasons },
    });
  }
  const now = store.now();
  const free = plan.workerPaysFen === 0;
  const tomorrow = addDays(formatDate(now), 1);
  const record: EnrolmentRecord = {
    id: store.ids.next('enr'),
    workerKey: actor.workerKey,
    planId: plan.id,
    status: free ? 'active' : 'awaiting_payment',
    coverageStart: free ? (tomorrow > plan.term.start ? tomorrow : plan.term.start) : null,
    coverageEnd: free ? plan.term.end : null,
    workerPaysFen: plan.workerPaysFen,
    certificate: free
      ? { number: certificateNumber(store, actor.workerKey, now), issuedAt: now }
      : null,
    createdAt: now,
    updatedAt: now,
  };
  store.enrolments.set(record.id, record);
  recordConsents(store, actor.workerKey, consents, record.id);
  emitCoverage(store, record);
  return record;
}

export function listEnrolments(store: Store, actor: WorkerActor): EnrolmentRecord[] {
  refreshEnrolments(store, actor.workerKey);
  return [...store.enrolments.values()].filter((e) => e.workerKey === actor.workerKey).reverse();
}

export function getEnrolment(store: Store, actor: WorkerActor, id: string): EnrolmentRecord {
  refreshEnrolments(store, actor.workerKey);
  const e = store.enrolments.get(id);
  if (!e || e.workerKey !== actor.workerKey) throw notFound('参保记录', 'enrolment');
  return e;
}

export function cancelEnrolment(store: Store, actor: WorkerActor, id: string): EnrolmentRecord {
  const e = getEnrolment(store, actor, id);
  if (!CANCELLABLE.has(e.status)) {
    throw new ProblemError(409, 'invalid_state', `状态为 ${e.status} 的参保不能取消。 An enrolment in status ${e.status} cannot be cancelled.`);
  }
  const now = store.now();
  const today = formatDate(now);
  if (e.status === 'active' && e.coverageStart !== null) {
    if (today >= e.coverageStart) {
      e.coverageEnd = today;
    } else {
      e.coverageStart = null;
      e.coverageEnd = null;
    }
  }
  e.status = 'cancelled';
  e.updatedAt = now;
  emitCoverage(store, e);
  return e;
}

/** Active enrolments whose cover has ended become `expired`. */
export function refreshEnrolments(store: Store, workerKey: string): void {
  const today = formatDate(store.now());
  for (const e of store.enrolments.values()) {
    if (e.workerKey === workerKey && e.status === 'active' && e.coverageEnd !== null && today > e.coverageEnd) {
      e.status = 'expired';
      e.updatedAt = store.now();
      emitCoverage(store, e);
    }
  }
}

function emitCoverage(store: Store, e: EnrolmentRecord): void {
  const worker = store.workers.get(e.workerKey);
  if (!worker) return;
  store.emit({
    type: 'coverage.status_changed',
    partnerId: worker.partnerId,
    workerKey: worker.key,
    workerRef: worker.workerRef,
    data: {
      workerRef: worker.workerRef,
      enrolmentId: e.id,
      planId: e.planId,
      status: e.status,
      coverageStart: e.coverageStart,
      coverageEnd: e.coverageEnd,
    },
  });
}
