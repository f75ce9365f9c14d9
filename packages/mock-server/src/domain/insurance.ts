/**
 * The mutual-aid protection plan (互助保障): eligibility, one-click enrolment, cancellation, expiry.
 * Enrolment `pending_review → awaiting_payment → active → expired`, or `rejected`, `cancelled`, `lapsed`
 * (unpaid by its due date; paying: `./payments.ts`).
 *
 * Cover starts the day after confirmation and ends on 31 December; from 1 December an enrolment is
 * for the next calendar year, so a premium never buys less than the term it names (`./coverage.ts`).
 * A plan with age limits needs the worker's date of birth: from the membership record (resident ID),
 * the worker's application, or `birthDate` given on the enrolment; the age counts on the day cover starts.
 */
import type { EligibilityReason, InsuranceEnrolmentCreate, InsurancePlan, Occupation } from '@unionkit/contract';
import { ageOn, PAYMENT_DUE_DAYS } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { EnrolmentRecord, MembershipApplicationRecord, SeedPlan } from '../store/types.js';
import { addDays, formatDate, shanghaiParts } from '../time.js';
import type { WorkerActor } from './actor.js';
import { checkConsentGrants, recordConsents } from './consents.js';
import { coverageFor, dateAsUtc, termOnSale, type Coverage } from './coverage.js';
import { activeMembership } from './membership.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';

const LIVE_STATUSES = new Set(['pending_review', 'awaiting_payment', 'active']);
const CANCELLABLE = LIVE_STATUSES;

export function findPlan(store: Store, id: string): SeedPlan | undefined {
  return store.plans.find((p) => p.id === id);
}

export function getPlan(store: Store, id: string): SeedPlan {
  const plan = findPlan(store, id);
  if (!plan) throw notFound('保障计划', 'insurance plan');
  return plan;
}

/** The plan's term as sold today: this calendar year, or the next one from 1 December. */
export function planOnSale<P extends Pick<InsurancePlan, 'term'>>(plan: P, now: Date): P {
  return { ...plan, term: termOnSale(formatDate(now)) };
}

/** What the union knows of the worker: birth date (ID-derived or declared before) and occupation. */
interface Profile {
  birthDate: string | null;
  occupation: Occupation | null;
}

function latestApplication(store: Store, workerKey: string): MembershipApplicationRecord | undefined {
  let latest: MembershipApplicationRecord | undefined;
  for (const a of store.applications.values()) if (a.workerKey === workerKey) latest = a;
  return latest;
}

function profileOf(store: Store, workerKey: string): Profile {
  const member = store.memberships.get(workerKey);
  if (member) return { birthDate: member.birthDate, occupation: member.occupation };
  const application = latestApplication(store, workerKey);
  if (application) return { birthDate: application.applicant.birthDate, occupation: application.occupation };
  return { birthDate: store.workers.get(workerKey)?.birthDate ?? null, occupation: null };
}

/** True when the birth date on record comes from the worker's resident ID (it cannot be overridden). */
function birthDateFromId(store: Store, workerKey: string): boolean {
  return store.memberships.has(workerKey) || latestApplication(store, workerKey) !== undefined;
}

export interface EligibilityResult {
  reasons: EligibilityReason[];
  coverage: Coverage | null;
}

/**
 * Why the worker may not enrol in `plan` now (empty when eligible), and the cover an enrolment
 * confirmed today would give. `givenBirthDate` is a `birthDate` sent with an enrolment.
 */
export function checkEligibility(store: Store, actor: WorkerActor, plan: SeedPlan, givenBirthDate?: string): EligibilityResult {
  refreshEnrolments(store, actor.workerKey);
  const now = store.now();
  const rules = plan.eligibility;
  const reasons: EligibilityReason[] = [];
  const joinFirst = rules.membersOnly && !activeMembership(store, actor.workerKey);
  if (joinFirst) reasons.push('not_a_member');

  const open = now.getTime() >= Date.parse(plan.enrolmentWindow.opensAt) && now.getTime() < Date.parse(plan.enrolmentWindow.closesAt);
  const coverage = open ? coverageFor(formatDate(now)) : null;

  const profile = profileOf(store, actor.workerKey);
  const birthDate = profile.birthDate ?? givenBirthDate ?? null;
  if (hasAgeLimits(plan)) {
    // Joining gives the birth date from the resident ID: no need to ask a worker who must join first.
    if (birthDate === null) {
      if (!joinFirst) reasons.push('birth_date_required');
    } else {
      const age = ageOn(birthDate, dateAsUtc(coverage?.start ?? formatDate(now)));
      if (age < (rules.minAge ?? 0) || age >= rules.maxAgeExclusive) reasons.push('age_out_of_range');
    }
  }
  // Occupation is known only from an application; nothing known is not held against the worker.
  if (profile.occupation && rules.occupations.length > 0 && !rules.occupations.includes(profile.occupation)) {
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
  if (!open) reasons.push('enrolment_closed');
  return { reasons, coverage };
}

function hasAgeLimits(plan: SeedPlan): boolean {
  return plan.eligibility.minAge !== undefined || Number.isFinite(plan.eligibility.maxAgeExclusive);
}

/** `HZBZ2026-310104-000123`: year, the worker's district, a sequence. */
export function certificateNumber(store: Store, workerKey: string, now: Date): string {
  let district = '310000';
  for (const a of store.applications.values()) if (a.workerKey === workerKey) district = a.workDistrict;
  return `HZBZ${shanghaiParts(now).year}-${district}-${String(store.ids.sequence('certificate')).padStart(6, '0')}`;
}

/** "16 至 59 周岁" / "ages 16 to 59". */
function ageRange(plan: SeedPlan): { zh: string; en: string } {
  const min = plan.eligibility.minAge ?? 0;
  const max = plan.eligibility.maxAgeExclusive - 1;
  return { zh: `${min} 至 ${max} 周岁`, en: `ages ${min} to ${max}` };
}

function refusal(plan: SeedPlan, reasons: EligibilityReason[]): ProblemError {
  if (reasons.includes('already_enrolled')) {
    return new ProblemError(409, 'already_enrolled', '您已参加该保障计划。 You are already enrolled in this plan.');
  }
  const only = reasons.length === 1 ? reasons[0]! : undefined;
  const range = ageRange(plan);
  if (only === 'birth_date_required') {
    return new ProblemError(
      422,
      'birth_date_required',
      `本计划限 ${range.zh}参加，请填写出生日期。 This plan is for ${range.en}; give your date of birth.`,
      { extra: { reasons }, errors: [fieldError('birthDate', 'required')] },
    );
  }
  if (only === 'age_out_of_range') {
    return new ProblemError(
      422,
      'age_out_of_range',
      `本计划限 ${range.zh}参加（以保障开始日计）。 This plan is for ${range.en} on the day cover starts.`,
      { extra: { reasons } },
    );
  }
  return new ProblemError(422, 'not_eligible', `不符合参保条件：${reasons.join('、')}。 Not eligible: ${reasons.join(', ')}.`, {
    extra: { reasons },
  });
}

/**
 * A `birthDate` given on an enrolment: past, and the ID's own when the union has it (the contract's
 * schema has already refused one that is not a real calendar date).
 */
function checkGivenBirthDate(store: Store, actor: WorkerActor, given: string | undefined): void {
  if (given === undefined) return;
  if (given > formatDate(store.now()) || given < '1900-01-01') {
    throw validationFailed([fieldError('birthDate', 'invalid_value', '出生日期无效。 The date of birth is not valid.')]);
  }
  const known = profileOf(store, actor.workerKey).birthDate;
  if (known !== null && birthDateFromId(store, actor.workerKey) && known !== given) {
    throw validationFailed([
      fieldError('birthDate', 'invalid_value', '出生日期与身份证号不一致。 The date of birth differs from the one in your resident ID.'),
    ]);
  }
}

export function enrol(store: Store, actor: WorkerActor, input: InsuranceEnrolmentCreate): EnrolmentRecord {
  const plan = findPlan(store, input.planId);
  if (!plan) {
    throw validationFailed([fieldError('planId', 'invalid_value', '没有这个保障计划。 There is no such plan.')]);
  }
  checkGivenBirthDate(store, actor, input.birthDate);
  const consents = input.consents ?? [];
  checkConsentGrants(consents, []);
  const { reasons, coverage } = checkEligibility(store, actor, plan, input.birthDate);
  if (reasons.length > 0 || !coverage) throw refusal(plan, reasons);

  const now = store.now();
  const free = plan.workerPaysFen === 0;
  const record: EnrolmentRecord = {
    id: store.ids.next('enr'),
    workerKey: actor.workerKey,
    planId: plan.id,
    status: free ? 'active' : 'awaiting_payment',
    coverageStart: free ? coverage.start : null,
    coverageEnd: free ? coverage.end : null,
    workerPaysFen: plan.workerPaysFen,
    payment: free ? null : { amountFen: plan.workerPaysFen, dueDate: addDays(formatDate(now), PAYMENT_DUE_DAYS) },
    certificate: free ? { number: certificateNumber(store, actor.workerKey, now), issuedAt: now } : null,
    createdAt: now,
    updatedAt: now,
  };
  store.enrolments.set(record.id, record);
  // A birth date the worker declared is remembered (the union now holds it with the enrolment).
  const worker = store.workers.get(actor.workerKey);
  if (worker && input.birthDate !== undefined && !birthDateFromId(store, actor.workerKey)) worker.birthDate = input.birthDate;
  recordConsents(store, actor.workerKey, consents, record.id);
  emitCoverage(store, record);
  emitPaymentRequired(store, record);
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

/**
 * Active enrolments whose cover has ended become `expired`; those awaiting a payment past its due
 * date become `lapsed`. Of one worker, or of everyone (the sandbox clock moved).
 */
export function refreshEnrolments(store: Store, workerKey?: string): void {
  const today = formatDate(store.now());
  for (const e of store.enrolments.values()) {
    if (workerKey !== undefined && e.workerKey !== workerKey) continue;
    const ended = e.status === 'active' && e.coverageEnd !== null && today > e.coverageEnd;
    const unpaid = e.status === 'awaiting_payment' && e.payment !== null && today > e.payment.dueDate;
    if (!ended && !unpaid) continue;
    e.status = ended ? 'expired' : 'lapsed';
    e.updatedAt = store.now();
    emitCoverage(store, e);
  }
}

/** `coverage.payment_required` for a paid plan's new enrolment: ids, amount and due date only. */
function emitPaymentRequired(store: Store, e: EnrolmentRecord): void {
  const worker = store.workers.get(e.workerKey);
  if (!worker || e.status !== 'awaiting_payment' || !e.payment) return;
  store.emit({
    type: 'coverage.payment_required',
    partnerId: worker.partnerId,
    workerKey: worker.key,
    workerRef: worker.workerRef,
    data: { workerRef: worker.workerRef, enrolmentId: e.id, planId: e.planId, amountFen: e.payment.amountFen, dueDate: e.payment.dueDate },
  });
}

export function emitCoverage(store: Store, e: EnrolmentRecord): void {
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
