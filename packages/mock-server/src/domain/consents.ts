/**
 * Separate consents (单独同意): each recorded with its purpose, notice version and the application,
 * enrolment or job application it came with; withdrawn one at a time.
 */
import type { ConsentGrant, ConsentPurpose } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { ConsentRecord } from '../store/types.js';
import { NOTICE_VERSION, type WorkerActor } from './actor.js';
import { fieldError, notFound, ProblemError } from './problem.js';

const PURPOSE_NAMES: Record<ConsentPurpose, string> = {
  membership_processing: '入会个人信息处理 membership_processing',
  sensitive_id_number: '身份证号（敏感个人信息）处理 sensitive_id_number',
  share_status_with_platform: '向平台共享状态 share_status_with_platform',
  job_application_sharing: '向用人单位发送求职申请 job_application_sharing',
  claim_processing: '互助金申请信息处理 claim_processing',
  sensitive_health_data: '健康信息（敏感个人信息）处理 sensitive_health_data',
  help_request_processing: '求助事项个人信息处理 help_request_processing',
};

/**
 * Checks the consents given with a request: every one must name the current notice version
 * (`notice_version_outdated`), and every `required` purpose must be present (`consent_required`).
 */
export function checkConsentGrants(grants: readonly ConsentGrant[], required: readonly ConsentPurpose[]): void {
  const outdated = grants
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.noticeVersion !== NOTICE_VERSION)
    .map(({ i }) =>
      fieldError(
        `consents.${i}.noticeVersion`,
        'invalid_value',
        `隐私告知的当前版本为 ${NOTICE_VERSION}。 The current notice version is ${NOTICE_VERSION}.`,
      ),
    );
  if (outdated.length > 0) {
    throw new ProblemError(
      422,
      'notice_version_outdated',
      `请阅读并同意当前版本（${NOTICE_VERSION}）的隐私告知。 Please read and accept the current privacy notice (${NOTICE_VERSION}).`,
      { errors: outdated },
    );
  }
  const given = new Set(grants.map((g) => g.purpose));
  const missing = required.filter((p) => !given.has(p));
  if (missing.length > 0) {
    throw new ProblemError(
      422,
      'consent_required',
      `需要单独同意：${missing.map((p) => PURPOSE_NAMES[p]).join('；')}。 Separate consent required: ${missing.join(', ')}.`,
      {
        errors: missing.map((p) =>
          fieldError('consents', 'required', `需要同意 ${PURPOSE_NAMES[p]}。 Consent ${p} is required.`),
        ),
      },
    );
  }
}

/** Records one consent per distinct purpose given, tied to `subjectId`. */
export function recordConsents(
  store: Store,
  workerKey: string,
  grants: readonly ConsentGrant[],
  subjectId: string,
): ConsentRecord[] {
  const seen = new Set<ConsentPurpose>();
  const out: ConsentRecord[] = [];
  for (const g of grants) {
    if (seen.has(g.purpose)) continue;
    seen.add(g.purpose);
    const record: ConsentRecord = {
      id: store.ids.next('cns'),
      workerKey,
      purpose: g.purpose,
      noticeVersion: g.noticeVersion,
      grantedAt: store.now(),
      withdrawnAt: null,
      subjectId,
    };
    store.consents.set(record.id, record);
    out.push(record);
  }
  return out;
}

/**
 * Whether the worker currently lets the platform learn their membership/coverage status: the most
 * recent `share_status_with_platform` consent exists and has not been withdrawn.
 */
export function sharesStatusWithPlatform(store: Store, workerKey: string): boolean {
  let latest: ConsentRecord | undefined;
  for (const c of store.consents.values()) {
    if (c.workerKey !== workerKey || c.purpose !== 'share_status_with_platform') continue;
    if (!latest || c.grantedAt.getTime() >= latest.grantedAt.getTime()) latest = c;
  }
  return latest !== undefined && latest.withdrawnAt === null;
}

/** A consent given for a confidential help request is the union session's to see, like the request. */
function hiddenFrom(store: Store, actor: WorkerActor, c: ConsentRecord): boolean {
  const subject = c.subjectId === null ? undefined : store.helpRequests.get(c.subjectId);
  return subject?.unionMobile !== undefined && actor.union?.mobile !== subject.unionMobile;
}

export function listConsents(store: Store, actor: WorkerActor): ConsentRecord[] {
  return [...store.consents.values()].filter((c) => c.workerKey === actor.workerKey && !hiddenFrom(store, actor, c));
}

export function withdrawConsent(store: Store, actor: WorkerActor, id: string): ConsentRecord {
  const c = store.consents.get(id);
  if (!c || c.workerKey !== actor.workerKey || hiddenFrom(store, actor, c)) throw notFound('同意记录', 'consent');
  if (c.withdrawnAt !== null) {
    throw new ProblemError(409, 'consent_already_withdrawn', '该同意已于此前撤回。 This consent was already withdrawn.');
  }
  c.withdrawnAt = store.now();
  return c;
}
