/** Protection plans, eligibility and enrolments. */
import type { HttpHandler } from 'msw';
import {
  zCancelInsuranceEnrolmentPath,
  zGetInsuranceEnrolmentPath,
  zGetInsurancePlanEligibilityPath,
  zInsuranceEnrolmentCreate,
  zListInsuranceEnrolmentsQuery,
  zListInsurancePlansQuery,
} from '@unionkit/contract/schemas';
import {
  cancelEnrolment,
  checkEligibility,
  enrol,
  getEnrolment,
  getPlan,
  listEnrolments,
  planOnSale,
} from '../domain/insurance.js';
import { localize } from '../domain/localize.js';
import * as serialize from '../domain/serialize.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';

export function insuranceHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listInsurancePlans',
      method: 'GET',
      path: '/insurance-plans',
      credential: 'wst',
      components: ['insurance'],
      query: query(zListInsurancePlansQuery, toPage),
      handle: (ctx) => {
        const page = paginate(ctx.store.plans, ctx.query);
        const now = ctx.store.now();
        return json(200, { data: page.data.map((p) => planOnSale(localize(p, ctx.locale), now)), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'getInsurancePlanEligibility',
      method: 'GET',
      path: '/insurance-plans/:id/eligibility',
      credential: 'wst',
      components: ['insurance'],
      pathParams: zGetInsurancePlanEligibilityPath,
      handle: (ctx) => {
        const plan = getPlan(ctx.store, ctx.params['id'] ?? '');
        const { reasons, coverage } = checkEligibility(ctx.store, ctx.worker(), plan);
        const { minAge, maxAgeExclusive } = plan.eligibility;
        return json(200, {
          planId: plan.id,
          eligible: reasons.length === 0,
          reasons,
          ...(minAge !== undefined ? { minAge } : {}),
          maxAgeExclusive,
          coverageStart: coverage?.start ?? null,
          coverageEnd: coverage?.end ?? null,
        });
      },
    }),
    operation(rt, {
      operationId: 'createInsuranceEnrolment',
      method: 'POST',
      path: '/insurance-enrolments',
      credential: 'wst',
      components: ['insurance'],
      idempotent: true,
      body: { schema: zInsuranceEnrolmentCreate },
      handle: (ctx) => json(201, serialize.enrolment(enrol(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'listInsuranceEnrolments',
      method: 'GET',
      path: '/insurance-enrolments',
      credential: 'wst',
      components: ['insurance'],
      query: query(zListInsuranceEnrolmentsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listEnrolments(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(serialize.enrolment), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'getInsuranceEnrolment',
      method: 'GET',
      path: '/insurance-enrolments/:id',
      credential: 'wst',
      components: ['insurance'],
      pathParams: zGetInsuranceEnrolmentPath,
      handle: (ctx) => json(200, serialize.enrolment(getEnrolment(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'cancelInsuranceEnrolment',
      method: 'POST',
      path: '/insurance-enrolments/:id/cancel',
      credential: 'wst',
      components: ['insurance'],
      pathParams: zCancelInsuranceEnrolmentPath,
      handle: (ctx) => json(200, serialize.enrolment(cancelEnrolment(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
  ];
}
