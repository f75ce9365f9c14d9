/** Organisations, SMS verification, membership applications and the membership. */
import type { HttpHandler } from 'msw';
import {
  membershipApplicationCreate,
  zConfirmSmsVerificationPath,
  zGetMembershipApplicationPath,
  zListMembershipApplicationsQuery,
  zListUnionOrganisationsQuery,
  zSmsVerificationConfirm,
  zSmsVerificationCreate,
  zWithdrawMembershipApplicationPath,
} from '@unionkit/contract/schemas';
import { applyForMembership, getApplication, getMembership, listApplications, withdrawApplication } from '../domain/membership.js';
import { listOrganisations } from '../domain/organisations.js';
import * as serialize from '../domain/serialize.js';
import { confirmSmsVerification, createSmsVerification } from '../domain/sms.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';

export function membershipHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listUnionOrganisations',
      method: 'GET',
      path: '/union-organisations',
      credential: 'wst',
      components: ['membership'],
      query: query(zListUnionOrganisationsQuery, (q) => ({
        page: toPage(q),
        filters: { district: q.district, kind: q.kind ? [q.kind] : undefined, parentId: q.parentId, acceptsMembers: q.acceptsMembers },
      })),
      handle: (ctx) => json(200, paginate(listOrganisations(ctx.store, ctx.worker(), ctx.query.filters, ctx.locale), ctx.query.page)),
    }),
    operation(rt, {
      operationId: 'createSmsVerification',
      method: 'POST',
      path: '/sms-verifications',
      credential: 'wst',
      components: ['membership'],
      idempotent: true,
      body: { schema: zSmsVerificationCreate },
      handle: (ctx) => json(201, serialize.smsVerification(createSmsVerification(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'confirmSmsVerification',
      method: 'POST',
      path: '/sms-verifications/:id/confirm',
      credential: 'wst',
      components: ['membership'],
      pathParams: zConfirmSmsVerificationPath,
      body: { schema: zSmsVerificationConfirm },
      handle: (ctx) => json(200, confirmSmsVerification(ctx.store, ctx.worker(), ctx.params['id'] ?? '', ctx.body)),
    }),
    operation(rt, {
      operationId: 'listMembershipApplications',
      method: 'GET',
      path: '/membership-applications',
      credential: 'wst',
      components: ['membership'],
      query: query(zListMembershipApplicationsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listApplications(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(serialize.membershipApplication), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'createMembershipApplication',
      method: 'POST',
      path: '/membership-applications',
      credential: 'wst',
      components: ['membership'],
      idempotent: true,
      body: { schema: membershipApplicationCreate },
      handle: (ctx) => json(201, serialize.membershipApplication(applyForMembership(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'getMembershipApplication',
      method: 'GET',
      path: '/membership-applications/:id',
      credential: 'wst',
      components: ['membership'],
      pathParams: zGetMembershipApplicationPath,
      handle: (ctx) => json(200, serialize.membershipApplication(getApplication(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'withdrawMembershipApplication',
      method: 'POST',
      path: '/membership-applications/:id/withdraw',
      credential: 'wst',
      components: ['membership'],
      pathParams: zWithdrawMembershipApplicationPath,
      handle: (ctx) => json(200, serialize.membershipApplication(withdrawApplication(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'getMembership',
      method: 'GET',
      path: '/membership',
      credential: 'wst',
      // Events too: a members-only event tells a non-member to join before they tap 报名.
      components: ['membership', 'insurance', 'events'],
      handle: (ctx) => json(200, serialize.membership(getMembership(ctx.store, ctx.worker()))),
    }),
  ];
}
