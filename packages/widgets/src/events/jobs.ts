import type { JobApplicationStatus } from '@unionkit/sdk/types';

/** `union-job-applied`: the worker applied for a job posting (the application content is never included). */
export const UNION_JOB_APPLIED = 'union-job-applied';
export interface UnionJobAppliedDetail {
  applicationId: string;
  jobPostingId: string;
  status: JobApplicationStatus;
}
export type UnionJobAppliedEvent = CustomEvent<UnionJobAppliedDetail>;

/** `union-job-application-withdrawn`: the worker withdrew a job application. */
export const UNION_JOB_APPLICATION_WITHDRAWN = 'union-job-application-withdrawn';
export interface UnionJobApplicationWithdrawnDetail {
  applicationId: string;
  jobPostingId: string;
  status: JobApplicationStatus;
}
export type UnionJobApplicationWithdrawnEvent = CustomEvent<UnionJobApplicationWithdrawnDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-job-applied': UnionJobAppliedEvent;
    'union-job-application-withdrawn': UnionJobApplicationWithdrawnEvent;
  }
}
