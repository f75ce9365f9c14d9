import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { jobApplicationCreate, zJobApplication, zJobApplicationList, zJobPosting, zJobPostingList } from '@unionkit/contract/schemas';
import type { JobApplication, JobApplicationCreate, JobPosting } from '@unionkit/contract';
import type { ListParams, QueryOf } from './shared.js';

/** `q`, `occupation`, `employmentType`, `district`, `salaryMin` (fen), `limit`, `cursor`. */
export type JobPostingListParams = QueryOf<'listJobPostings'>;

/** Jobs from the union's job system (会聘上海) and partners. */
export class Jobs extends APIResource {
  /** `GET /job-postings`. */
  list(params: JobPostingListParams = {}, options?: RequestOptions): PagePromise<JobPosting> {
    return this._client.list({ path: path`/job-postings`, query: { ...params }, response: zJobPostingList }, options);
  }

  /** `GET /job-postings/{id}`. */
  retrieve(id: string, options?: RequestOptions): Promise<JobPosting> {
    return this._client.request({ method: 'GET', path: path`/job-postings/${id}`, response: zJobPosting }, options);
  }

  /** `POST /job-postings/{id}/applications`: needs the `job_application_sharing` consent. */
  apply(jobPostingId: string, body: JobApplicationCreate, options?: RequestOptions): Promise<JobApplication> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/job-postings/${jobPostingId}/applications`,
        body,
        bodySchema: jobApplicationCreate,
        response: zJobApplication,
      },
      options,
    );
  }

  /** `GET /job-applications`: this worker's applications. */
  listApplications(params: ListParams = {}, options?: RequestOptions): PagePromise<JobApplication> {
    return this._client.list(
      { path: path`/job-applications`, query: { ...params }, response: zJobApplicationList },
      options,
    );
  }

  /** `POST /job-applications/{id}/withdraw`. */
  withdrawApplication(id: string, options?: RequestOptions): Promise<JobApplication> {
    return this._client.request(
      { method: 'POST', path: path`/job-applications/${id}/withdraw`, response: zJobApplication },
      options,
    );
  }
}
