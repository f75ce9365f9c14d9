/**
 * Membership: applications (`submitted → under_review → approved | rejected | needs_info`, or
 * `withdrawn`), the sandbox's decision endpoint, and the membership an approval creates.
 */
import type { MembershipApplicationCreate, SandboxDecision } from '@unionkit/contract';
import { ageOn, maskMobile, maskResidentId, MIN_MEMBER_AGE, normaliseMobile, OPEN_APPLICATION_STATUSES, parseResidentId } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { MembershipApplicationRecord, MembershipRecord } from '../store/types.js';
import { addWorkingDays, formatDate, shanghaiDateAsUtc, shanghaiParts } from '../time.js';
import type { Actor, WorkerActor } from './actor.js';
import { checkConsentGrants, recordConsents } from './consents.js';
import { findOrganisation } from './organisations.js';
import { newReference } from './references.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';

export { MIN_MEMBER_AGE };
export const CONTACT_WORKING_DAYS = 15;
const OPEN_STATUSES: ReadonlySet<string> = new Set(OPEN_APPLICATION_STATUSES);

export function activeMembership(store: Store, workerKey: string): MembershipRecord | undefined {
  const m = store.memberships.get(workerKey);
  return m && m.status === 'active' ? m : undefined;
}

export function applyForMembership(
  store: Store,
  actor: WorkerActor,
  input: MembershipApplicationCreate,
): MembershipApplicationRecord {
  if (activeMembership(store, actor.workerKey)) {
    throw new ProblemError(409, 'already_member', '您已是工会会员，无需再次申请。 You are already a member.');
  }
  for (const a of store.applications.values()) {
    if (a.workerKey === actor.workerKey && OPEN_STATUSES.has(a.status)) {
      throw new ProblemError(
        409,
        'application_already_open',
        `您已有一份处理中的入会申请（${a.id}）。 Membership application ${a.id} is still open.`,
      );
    }
  }

  const now = store.now();
  const errors = [];
  const org = findOrganisation(store, input.organisationId);
  if (!org || !org.acceptsMembers || (org.district !== null && org.district !== input.workDistrict)) {
    errors.push(
      fieldError(
        'organisationId',
        'invalid_value',
        '请选择工作所在区内可以接收会员的基层工会。 Choose a grassroots union accepting members in the work district.',
      ),
    );
  }
  const id = parseResidentId(input.residentIdNumber, now);
  if (!id.valid) {
    errors.push(fieldError('residentIdNumber', 'invalid_value'));
  } else if (ageOn(id.birthDate, shanghaiDateAsUtc(now)) < MIN_MEMBER_AGE) {
    errors.push(
      fieldError('residentIdNumber', 'invalid_value', `入会须年满${MIN_MEMBER_AGE}周岁。 Members must be ${MIN_MEMBER_AGE} or older.`),
    );
  }
  if (errors.length > 0) throw validationFailed(errors);

  checkConsentGrants(input.consents, ['membership_processing', 'sensitive_id_number']);

  const mobile = normaliseMobile(input.mobile) ?? input.mobile;
  if (actor.session.verifiedMobile !== mobile) {
    const v = input.smsVerificationId ? store.smsVerifications.get(input.smsVerificationId) : undefined;
    const proven = v !== undefined && v.workerKey === actor.workerKey && v.verified && v.mobile === mobile;
    if (!proven) {
      throw new ProblemError(
        422,
        'mobile_not_verified',
        '请先通过短信验证该手机号。 Verify this mobile number by SMS first.',
      );
    }
  }

  const today = formatDate(now);
  const birth = id as Extract<typeof id, { valid: true }>;
  const record: MembershipApplicationRecord = {
    id: store.ids.next('mapp'),
    reference: newReference(store, 'RH'),
    workerKey: actor.workerKey,
    status: 'submitted',
    occupation: input.occupation,
    workDistrict: input.workDistrict,
    organisationId: input.organisationId,
    contactDueDate: addWorkingDays(today, CONTACT_WORKING_DAYS),
    submittedAt: now,
    updatedAt: now,
    decisionNote: null,
    applicant: {
      fullName: input.fullName,
      residentIdNumberMasked: maskResidentId(input.residentIdNumber),
      mobileMasked: maskMobile(mobile),
      birthDate: birth.birthDate,
      sex: birth.sex,
    },
  };
  store.applications.set(record.id, record);
  recordConsents(store, actor.workerKey, input.consents, record.id);
  return record;
}

export function listApplications(store: Store, actor: WorkerActor): MembershipApplicationRecord[] {
  return [...store.applications.values()].filter((a) => a.workerKey === actor.workerKey).reverse();
}

export function getApplication(store: Store, actor: WorkerActor, id: string): MembershipApplicationRecord {
  const a = store.applications.get(id);
  if (!a || a.workerKey !== actor.workerKey) throw notFound('入会申请', 'membership application');
  return a;
}

export function withdrawApplication(store: Store, actor: WorkerActor, id: string): MembershipApplicationRecord {
  const a = getApplication(store, actor, id);
  if (!OPEN_STATUSES.has(a.status)) {
    throw new ProblemError(409, 'invalid_state', `申请状态为 ${a.status}，不能撤回。 An application in status ${a.status} cannot be withdrawn.`);
  }
  a.status = 'withdrawn';
  a.updatedAt = store.now();
  return a;
}

/** The worker's membership record, or undefined for a worker who is not a member (an ordinary state). */
export function getMembership(store: Store, actor: WorkerActor): MembershipRecord | undefined {
  return store.memberships.get(actor.workerKey);
}

/**
 * Sandbox only: decides an open application. A secret key may decide any application of its
 * partner's workers; a client token only its own worker's.
 */
export function decideApplication(
  store: Store,
  actor: Actor,
  id: string,
  input: SandboxDecision,
): MembershipApplicationRecord {
  const a = store.applications.get(id);
  const owner = a ? store.workers.get(a.workerKey) : undefined;
  const allowed =
    a !== undefined &&
    owner !== undefined &&
    (actor.kind === 'sk' ? owner.partnerId === actor.partner.id : a.workerKey === actor.workerKey);
  if (!allowed || !a || !owner) throw notFound('入会申请', 'membership application');
  if (!OPEN_STATUSES.has(a.status)) {
    throw new ProblemError(409, 'invalid_state', `申请状态为 ${a.status}，不能再作决定。 An application in status ${a.status} cannot be decided.`);
  }
  const now = store.now();
  a.updatedAt = now;
  a.decisionNote = input.note ?? null;
  if (input.decision === 'reject') {
    a.status = 'rejected';
  } else if (input.decision === 'needs_info') {
    a.status = 'needs_info';
  } else {
    a.status = 'approved';
    const year = shanghaiParts(now).year;
    const membership: MembershipRecord = {
      workerKey: a.workerKey,
      memberNumber: `SH${a.workDistrict}${year}${String(store.ids.sequence('member')).padStart(6, '0')}`,
      organisationId: a.organisationId,
      since: formatDate(now),
      status: 'active',
      applicationId: a.id,
      birthDate: a.applicant.birthDate,
      occupation: a.occupation,
    };
    store.memberships.set(a.workerKey, membership);
    store.emit({
      type: 'member.status_changed',
      partnerId: owner.partnerId,
      workerKey: owner.key,
      workerRef: owner.workerRef,
      data: { workerRef: owner.workerRef, status: membership.status, since: membership.since },
    });
  }
  return a;
}
