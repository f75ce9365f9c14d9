/**
 * Claims (申请互助金) on the worker's own enrolments, and the union's decisions on them (sandbox).
 *
 * `submitted → under_review → more_info_needed → under_review → approved → paid | rejected`, or
 * `withdrawn` before a decision. A claim needs a benefit the plan has (`CLAIM_BENEFIT_PLAN_KIND`),
 * an incident date within the enrolment's cover, not in the future and at most
 * `CLAIM_INCIDENT_MAX_AGE_YEARS` ago, `hospitalDays` for `inpatient` only, the worker's own
 * `claim_evidence` files, and the separate consents `claim_processing` and `sensitive_health_data`.
 * The union decides by `decisionDueDate` (`CLAIM_DECISION_DAYS` after filing, or after the documents
 * that answered `more_info_needed`). Nothing of a claim ever reaches the platform: no webhook.
 */
import type { ClaimStatus, InsuranceClaimCreate, InsuranceClaimDocuments, SandboxClaimDecision } from '@unionkit/contract';
import {
  CLAIM_BENEFIT_PLAN_KIND,
  CLAIM_DECISION_DAYS,
  CLAIM_DESCRIPTION_MAX,
  CLAIM_INCIDENT_MAX_AGE_YEARS,
  WITHDRAWABLE_CLAIM_STATUSES,
} from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { ClaimRecord } from '../store/claims.js';
import type { EnrolmentRecord } from '../store/types.js';
import { addDays, formatDate } from '../time.js';
import { actorReaches, type Actor, type WorkerActor } from './actor.js';
import { checkConsentGrants, recordConsents } from './consents.js';
import { requireOwnedFiles } from './files.js';
import { findPlan, refreshEnrolments } from './insurance.js';
import { textErrors } from './help-request-rules.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';

const REQUIRED_CONSENTS = ['claim_processing', 'sensitive_health_data'] as const;
const WITHDRAWABLE: ReadonlySet<ClaimStatus> = new Set(WITHDRAWABLE_CLAIM_STATUSES);
const DECIDABLE: ReadonlySet<ClaimStatus> = new Set(['submitted', 'under_review']);
/** Statuses in which an enrolment gave cover between its `coverageStart` and `coverageEnd`. */
const HAD_COVER = new Set(['active', 'expired', 'cancelled']);

/** The same calendar day `years` earlier (29 February → 28 February). */
function yearsBefore(isoDate: string, years: number): string {
  const shifted = `${String(Number(isoDate.slice(0, 4)) - years).padStart(4, '0')}${isoDate.slice(4)}`;
  return shifted.endsWith('-02-29') ? `${shifted.slice(0, 8)}28` : shifted;
}

function ownEnrolment(store: Store, actor: WorkerActor, id: string): EnrolmentRecord {
  refreshEnrolments(store, actor.workerKey);
  const e = store.enrolments.get(id);
  if (!e || e.workerKey !== actor.workerKey) {
    throw validationFailed([fieldError('enrolmentId', 'invalid_value', '没有这个参保记录。 There is no such enrolment.')]);
  }
  return e;
}

/** The most the plan pays for this claim: the benefit's maximum, per day for `inpatient`. */
export function maximumPayable(store: Store, claim: Pick<ClaimRecord, 'planId' | 'benefit' | 'hospitalDays'>): number {
  const kind = CLAIM_BENEFIT_PLAN_KIND[claim.benefit];
  const benefit = findPlan(store, claim.planId)?.benefits.find((b) => b.kind === kind);
  if (!benefit) return 0;
  return claim.benefit === 'inpatient' ? benefit.maximumFen * (claim.hospitalDays ?? 0) : benefit.maximumFen;
}

/**
 * Field rules the schema cannot state: the incident date against today, the description not blank and at
 * most `CLAIM_DESCRIPTION_MAX` characters as a person counts them, `hospitalDays` by benefit.
 */
function checkFields(today: string, input: InsuranceClaimCreate): void {
  const errors = [];
  if (input.incidentDate > today) {
    errors.push(fieldError('incidentDate', 'invalid_value', '出险日期不能晚于今天。 The incident date cannot be in the future.'));
  } else if (input.incidentDate < yearsBefore(today, CLAIM_INCIDENT_MAX_AGE_YEARS)) {
    errors.push(
      fieldError(
        'incidentDate',
        'invalid_value',
        `只能申请 ${CLAIM_INCIDENT_MAX_AGE_YEARS} 年内发生的事故。 Only incidents within the last ${CLAIM_INCIDENT_MAX_AGE_YEARS} years can be claimed.`,
      ),
    );
  }
  errors.push(...textErrors(input.description, 'description', CLAIM_DESCRIPTION_MAX));
  if (input.benefit === 'inpatient' && input.hospitalDays === undefined) {
    errors.push(fieldError('hospitalDays', 'required', '住院津贴须填写住院天数。 Give the days in hospital for an inpatient claim.'));
  } else if (input.benefit !== 'inpatient' && input.hospitalDays !== undefined) {
    errors.push(fieldError('hospitalDays', 'invalid_value', '只有住院津贴填写住院天数。 Days in hospital are for inpatient claims only.'));
  }
  if (errors.length > 0) throw validationFailed(errors);
}

/** The plan has the benefit, and the enrolment's cover included the incident date. */
function checkCover(store: Store, e: EnrolmentRecord, input: InsuranceClaimCreate): void {
  const kind = CLAIM_BENEFIT_PLAN_KIND[input.benefit];
  if (!findPlan(store, e.planId)?.benefits.some((b) => b.kind === kind)) {
    throw new ProblemError(422, 'benefit_not_covered', `该计划没有 ${kind} 保障。 The plan has no ${kind} benefit.`, {
      errors: [fieldError('benefit', 'invalid_value', '该计划不包含这项保障。 The plan does not include this benefit.')],
    });
  }
  const covered =
    HAD_COVER.has(e.status) &&
    e.coverageStart !== null &&
    e.coverageEnd !== null &&
    input.incidentDate >= e.coverageStart &&
    input.incidentDate <= e.coverageEnd;
  if (!covered) {
    const term = e.coverageStart !== null && e.coverageEnd !== null ? `${e.coverageStart} – ${e.coverageEnd}` : null;
    throw new ProblemError(
      422,
      'incident_outside_cover',
      term
        ? `出险日期不在保障期（${term}）内。 The incident date is outside the cover (${term}).`
        : '该参保没有提供过保障（未缴费或已失效）。 This enrolment never gave cover (unpaid or lapsed).',
      { errors: [fieldError('incidentDate', 'invalid_value', '出险日期不在保障期内。 The incident date is outside the cover.')] },
    );
  }
}

function step(claim: ClaimRecord, status: ClaimStatus, at: Date, note?: string): void {
  claim.status = status;
  claim.updatedAt = at;
  claim.timeline.push(note === undefined ? { status, at } : { status, at, note });
}

export function createClaim(store: Store, actor: WorkerActor, input: InsuranceClaimCreate): ClaimRecord {
  const e = ownEnrolment(store, actor, input.enrolmentId);
  const now = store.now();
  const today = formatDate(now);
  checkFields(today, input);
  checkConsentGrants(input.consents, REQUIRED_CONSENTS);
  requireOwnedFiles(store, actor, input.evidenceFileIds, 'claim_evidence');
  checkCover(store, e, input);
  if (store.claims.size >= store.limits.claims) {
    throw new ProblemError(409, 'invalid_state', '沙箱保存的互助金申请已达上限，请重置沙箱。 The sandbox holds as many claims as it keeps; reset it.');
  }
  const claim: ClaimRecord = {
    id: store.ids.next('clm'),
    workerKey: actor.workerKey,
    enrolmentId: e.id,
    planId: e.planId,
    benefit: input.benefit,
    status: 'submitted',
    incidentDate: input.incidentDate,
    description: input.description,
    hospitalDays: input.hospitalDays ?? null,
    evidenceFileIds: [...input.evidenceFileIds],
    decisionDueDate: addDays(today, CLAIM_DECISION_DAYS),
    approvedAmountFen: null,
    reason: null,
    timeline: [{ status: 'submitted', at: now }],
    createdAt: now,
    updatedAt: now,
  };
  store.claims.set(claim.id, claim);
  recordConsents(store, actor.workerKey, input.consents, claim.id);
  return claim;
}

export function listClaims(store: Store, actor: WorkerActor): ClaimRecord[] {
  return [...store.claims.values()].filter((c) => c.workerKey === actor.workerKey).reverse();
}

export function getClaim(store: Store, actor: WorkerActor, id: string): ClaimRecord {
  const claim = store.claims.get(id);
  if (!claim || claim.workerKey !== actor.workerKey) throw notFound('互助金申请', 'claim');
  return claim;
}

function invalidState(claim: ClaimRecord, zh: string, en: string): ProblemError {
  return new ProblemError(409, 'invalid_state', `状态为 ${claim.status} 的申请${zh}。 A claim in status ${claim.status} ${en}.`);
}

/** Answers `more_info_needed` with more of the worker's own evidence: back to `under_review`. */
export function addClaimDocuments(store: Store, actor: WorkerActor, id: string, input: InsuranceClaimDocuments): ClaimRecord {
  const claim = getClaim(store, actor, id);
  if (claim.status !== 'more_info_needed') throw invalidState(claim, '不需要补充材料', 'takes no documents');
  requireOwnedFiles(store, actor, input.fileIds, 'claim_evidence', 'fileIds');
  const attached = input.fileIds
    .map((fileId, i) => ({ fileId, i }))
    .filter(({ fileId }) => claim.evidenceFileIds.includes(fileId))
    .map(({ i }) => fieldError(`fileIds.${i}`, 'invalid_value', '该文件已在申请中。 This file is already part of the claim.'));
  if (attached.length > 0) throw validationFailed(attached);
  const now = store.now();
  claim.evidenceFileIds.push(...input.fileIds);
  claim.reason = null;
  claim.decisionDueDate = addDays(formatDate(now), CLAIM_DECISION_DAYS);
  step(claim, 'under_review', now);
  return claim;
}

export function withdrawClaim(store: Store, actor: WorkerActor, id: string): ClaimRecord {
  const claim = getClaim(store, actor, id);
  if (!WITHDRAWABLE.has(claim.status)) throw invalidState(claim, '已有决定，不能撤回', 'has been decided and cannot be withdrawn');
  step(claim, 'withdrawn', store.now());
  return claim;
}

/** The decision's own fields: `amountFen` only to approve, a `reason` to reject or ask for more, neither to pay. */
function checkDecisionFields(input: SandboxClaimDecision): void {
  const errors = [];
  if (input.amountFen !== undefined && input.decision !== 'approve') {
    errors.push(fieldError('amountFen', 'invalid_value', '只有核定（approve）时填写金额。 An amount goes with approve only.'));
  }
  const needsReason = input.decision === 'reject' || input.decision === 'needs_info';
  if (needsReason && input.reason === undefined) {
    errors.push(fieldError('reason', 'required', '请写明原因或需要补充的材料。 Say why, or what more is needed.'));
  } else if (!needsReason && input.reason !== undefined) {
    errors.push(fieldError('reason', 'invalid_value', '只有拒绝或要求补充材料时填写原因。 A reason goes with reject or needs_info only.'));
  }
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * Sandbox only: the union's decision. A secret key may decide any claim of its partner's workers, a
 * client token only its own worker's; anything else is 404.
 */
export function decideClaim(store: Store, actor: Actor, id: string, input: SandboxClaimDecision): ClaimRecord {
  const claim = store.claims.get(id);
  if (!claim || !actorReaches(actor, store.workers.get(claim.workerKey))) throw notFound('互助金申请', 'claim');
  checkDecisionFields(input);
  const now = store.now();
  if (input.decision === 'pay') {
    if (claim.status !== 'approved') throw invalidState(claim, '不能支付', 'cannot be paid');
    step(claim, 'paid', now);
    return claim;
  }
  if (!DECIDABLE.has(claim.status)) throw invalidState(claim, '不能再作决定', 'cannot be decided');
  let amount: number | null = null;
  if (input.decision === 'approve') {
    const most = maximumPayable(store, claim);
    amount = input.amountFen ?? most;
    if (amount > most) {
      throw validationFailed([fieldError('amountFen', 'too_big', `最多可给付 ${most} 分。 At most ${most} fen can be paid.`)]);
    }
  }
  if (claim.status === 'submitted') step(claim, 'under_review', now);
  if (input.decision === 'approve') {
    claim.approvedAmountFen = amount;
    step(claim, 'approved', now);
  } else {
    claim.reason = input.reason ?? null;
    step(claim, input.decision === 'reject' ? 'rejected' : 'more_info_needed', now, input.reason);
  }
  return claim;
}
