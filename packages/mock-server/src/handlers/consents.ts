/** The worker's consents and the notices behind them, from any widget. */
import type { HttpHandler } from 'msw';
import { zGetPrivacyNoticePath, zListConsentsQuery, zWithdrawConsentPath } from '@unionkit/contract/schemas';
import { listConsents, withdrawConsent } from '../domain/consents.js';
import { getPrivacyNotice } from '../domain/privacy-notices.js';
import * as serialize from '../domain/serialize.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';

export function consentHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listConsents',
      method: 'GET',
      path: '/consents',
      credential: 'wst',
      unionToken: true,
      query: query(zListConsentsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listConsents(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(serialize.consent), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'withdrawConsent',
      method: 'POST',
      path: '/consents/:id/withdraw',
      credential: 'wst',
      unionToken: true,
      pathParams: zWithdrawConsentPath,
      handle: (ctx) => json(200, serialize.consent(withdrawConsent(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'getPrivacyNotice',
      method: 'GET',
      path: '/privacy-notices/:purpose',
      // No personal data: a widget session of any component, or the partner's server for its own UI.
      credential: 'sk_or_wst',
      unionToken: true,
      pathParams: zGetPrivacyNoticePath,
      handle: (ctx) => json(200, getPrivacyNotice(ctx.params['purpose'] ?? '', ctx.locale)),
    }),
  ];
}
