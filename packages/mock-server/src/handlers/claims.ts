/** Claims (申请互助金) and the partner's confirmation of a premium it collected. */
import type { HttpHandler } from 'msw';
import {
  zAddInsuranceClaimDocumentsPath,
  zCreateInsurancePaymentPath,
  zGetInsuranceClaimPath,
  zInsuranceClaimCreate,
  zInsuranceClaimDocuments,
  zInsurancePaymentCreate,
  zListInsuranceClaimsQuery,
  zWithdrawInsuranceClaimPath,
} from '@unionkit/contract/schemas';
import { addClaimDocuments, createClaim, getClaim, listClaims, withdrawClaim } from '../domain/claims.js';
import { confirmPartnerPayment } from '../domain/payments.js';
import * as serialize from '../domain/serialize-claims.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';

export function claimHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'createInsurancePayment',
      method: 'POST',
      path: '/insurance-enrolments/:id/payments',
      credential: 'sk',
      pathParams: zCreateInsurancePaymentPath,
      body: { schema: zInsurancePaymentCreate },
      handle: (ctx) => json(201, serialize.payment(confirmPartnerPayment(ctx.store, ctx.partner(), ctx.params['id'] ?? '', ctx.body))),
    }),
    operation(rt, {
      operationId: 'createInsuranceClaim',
      method: 'POST',
      path: '/insurance-claims',
      credential: 'wst',
      components: ['insurance'],
      body: { schema: zInsuranceClaimCreate },
      handle: (ctx) => json(201, serialize.claim(createClaim(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'listInsuranceClaims',
      method: 'GET',
      path: '/insurance-claims',
      credential: 'wst',
      components: ['insurance'],
      query: query(zListInsuranceClaimsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listClaims(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(serialize.claim), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'getInsuranceClaim',
      method: 'GET',
      path: '/insurance-claims/:id',
      credential: 'wst',
      components: ['insurance'],
      pathParams: zGetInsuranceClaimPath,
      handle: (ctx) => json(200, serialize.claim(getClaim(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'addInsuranceClaimDocuments',
      method: 'POST',
      path: '/insurance-claims/:id/documents',
      credential: 'wst',
      components: ['insurance'],
      pathParams: zAddInsuranceClaimDocumentsPath,
      body: { schema: zInsuranceClaimDocuments },
      handle: (ctx) => json(200, serialize.claim(addClaimDocuments(ctx.store, ctx.worker(), ctx.params['id'] ?? '', ctx.body))),
    }),
    operation(rt, {
      operationId: 'withdrawInsuranceClaim',
      method: 'POST',
      path: '/insurance-claims/:id/withdraw',
      credential: 'wst',
      components: ['insurance'],
      pathParams: zWithdrawInsuranceClaimPath,
      handle: (ctx) => json(200, serialize.claim(withdrawClaim(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
  ];
}
