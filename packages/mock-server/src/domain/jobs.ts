/** Job postings (会聘上海) and applications sent to employers with the worker's separate consent. */
import type {
  DistrictCode,
  EmploymentType,
  JobApplicationCreate,
  JobPosting,
  Locale,
  Occupation,
} from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { JobApplicationRecord, SeedJobPosting } from '../store/types.js';
import type { WorkerActor } from './actor.js';
import { checkConsentGrants, recordConsents } from './consents.js';
import { localize } from './localize.js';
import { notFound, ProblemError } from './problem.js';

const WITHDRAWABLE = new Set(['submitted', 'viewed', 'interview']);

export interface JobQuery {
  q?: string;
  occupation?: Occupation[];
  employmentType?: EmploymentType[];
  district?: DistrictCode;
  salaryMin?: number;
}

function isExpired(store: Store, job: JobPosting): boolean {
  return Date.parse(job.expiresAt) <= store.now().getTime();
}

/** `q` matches the title, employer or description, in Chinese or in English. */
function matches(j: SeedJobPosting, needle: string): boolean {
  return [j.title, j.employer, j.description, j.en.title, j.en.employer, j.en.description].some((t) => t.toLocaleLowerCase().includes(needle));
}

/** Live postings matching the query, newest first (serve them with `localize`). */
export function listJobPostings(store: Store, query: JobQuery): SeedJobPosting[] {
  const needle = query.q?.trim().toLocaleLowerCase();
  return store.jobPostings
    .filter(
      (j) =>
        !isExpired(store, j) &&
        (!needle || matches(j, needle)) &&
        (query.occupation === undefined || query.occupation.length === 0 || (query.occupation as readonly string[]).includes(j.occupation)) &&
        (query.employmentType === undefined ||
          query.employmentType.length === 0 ||
          (query.employmentType as readonly string[]).includes(j.employmentType)) &&
        (query.district === undefined || j.district === query.district) &&
        (query.salaryMin === undefined || query.salaryMin <= j.salaryMaxFen),
    )
    .sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt) || a.id.localeCompare(b.id))
;
}

export function getJobPosting(store: Store, id: string, locale: Locale): JobPosting {
  const j = store.jobPostings.find((p) => p.id === id);
  if (!j) throw notFound('职位', 'job posting');
  return localize(j, locale);
}

export function applyForJob(store: Store, actor: WorkerActor, jobPostingId: string, input: JobApplicationCreate): JobApplicationRecord {
  const job = store.jobPostings.find((p) => p.id === jobPostingId);
  if (!job) throw notFound('职位', 'job posting');
  checkConsentGrants(input.consents, ['job_application_sharing']);
  const existing = [...store.jobApplications.values()].find(
    (a) => a.workerKey === actor.workerKey && a.jobPostingId === job.id && a.status !== 'withdrawn',
  );
  if (existing) {
    throw new ProblemError(409, 'already_applied', `您已投递该职位（${existing.id}）。 Already applied for this job (${existing.id}).`);
  }
  if (isExpired(store, job)) {
    throw new ProblemError(422, 'job_posting_expired', '该职位已过期，无法投递。 The job posting has expired.');
  }
  const now = store.now();
  const record: JobApplicationRecord = {
    id: store.ids.next('japp'),
    workerKey: actor.workerKey,
    jobPostingId: job.id,
    status: 'submitted',
    message: input.message ?? null,
    createdAt: now,
    updatedAt: now,
  };
  store.jobApplications.set(record.id, record);
  recordConsents(store, actor.workerKey, input.consents, record.id);
  return record;
}

export function listJobApplications(store: Store, actor: WorkerActor): JobApplicationRecord[] {
  return [...store.jobApplications.values()].filter((a) => a.workerKey === actor.workerKey).reverse();
}

export function withdrawJobApplication(store: Store, actor: WorkerActor, id: string): JobApplicationRecord {
  const a = store.jobApplications.get(id);
  if (!a || a.workerKey !== actor.workerKey) throw notFound('求职申请', 'job application');
  if (!WITHDRAWABLE.has(a.status)) {
    throw new ProblemError(409, 'invalid_state', `状态为 ${a.status} 的申请不能撤回。 An application in status ${a.status} cannot be withdrawn.`);
  }
  a.status = 'withdrawn';
  a.updatedAt = store.now();
  return a;
}
