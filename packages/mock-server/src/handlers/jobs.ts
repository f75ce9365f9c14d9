/** Job postings and applications. */
import type { HttpHandler } from 'msw';
import {
  jobApplicationCreate,
  zCreateJobApplicationPath,
  zGetJobPostingPath,
  zListJobApplicationsQuery,
  zListJobPostingsQuery,
  zWithdrawJobApplicationPath,
} from '@unionkit/contract/schemas';
import { applyForJob, getJobPosting, listJobApplications, listJobPostings, withdrawJobApplication } from '../domain/jobs.js';
import { localize } from '../domain/localize.js';
import * as serialize from '../domain/serialize.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';

export function jobHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listJobPostings',
      method: 'GET',
      path: '/job-postings',
      credential: 'wst',
      components: ['jobs'],
      query: query(zListJobPostingsQuery, (q) => ({
        page: toPage(q),
        filters: {
          q: q.q,
          occupation: q.occupation ? [q.occupation] : undefined,
          employmentType: q.employmentType ? [q.employmentType] : undefined,
          district: q.district,
          salaryMin: q.salaryMin,
        },
      })),
      handle: (ctx) => {
        const page = paginate(listJobPostings(ctx.store, ctx.query.filters), ctx.query.page);
        return json(200, { data: page.data.map((j) => localize(j, ctx.locale)), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'getJobPosting',
      method: 'GET',
      path: '/job-postings/:id',
      credential: 'wst',
      components: ['jobs'],
      pathParams: zGetJobPostingPath,
      handle: (ctx) => json(200, getJobPosting(ctx.store, ctx.params['id'] ?? '', ctx.locale)),
    }),
    operation(rt, {
      operationId: 'createJobApplication',
      method: 'POST',
      path: '/job-postings/:id/applications',
      credential: 'wst',
      components: ['jobs'],
      idempotent: true,
      pathParams: zCreateJobApplicationPath,
      body: { schema: jobApplicationCreate },
      handle: (ctx) => json(201, serialize.jobApplication(applyForJob(ctx.store, ctx.worker(), ctx.params['id'] ?? '', ctx.body))),
    }),
    operation(rt, {
      operationId: 'listJobApplications',
      method: 'GET',
      path: '/job-applications',
      credential: 'wst',
      components: ['jobs'],
      query: query(zListJobApplicationsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listJobApplications(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(serialize.jobApplication), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'withdrawJobApplication',
      method: 'POST',
      path: '/job-applications/:id/withdraw',
      credential: 'wst',
      components: ['jobs'],
      pathParams: zWithdrawJobApplicationPath,
      handle: (ctx) => json(200, serialize.jobApplication(withdrawJobApplication(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
  ];
}
