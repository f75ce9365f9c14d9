/** Union sessions: the hosted page's SMS step that opens confidential help requests (`../domain/union-sessions.ts`). */
import type { HttpHandler } from 'msw';
import { zConfirmUnionSessionPath, zSmsVerificationConfirm, zSmsVerificationCreate } from '@unionkit/contract/schemas';
import { confirmUnionChallenge, createUnionChallenge } from '../domain/union-sessions.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { json } from '../http/result.js';
import { formatDateTime } from '../time.js';

export function unionSessionHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'createUnionSession',
      method: 'POST',
      path: '/union-sessions',
      credential: 'wst',
      components: ['help'],
      idempotent: false,
      body: { schema: zSmsVerificationCreate },
      handle: (ctx) => {
        const c = createUnionChallenge(ctx.store, ctx.worker(), ctx.body);
        return json(201, { id: c.id, expiresAt: formatDateTime(c.expiresAt), mobileMasked: c.mobileMasked });
      },
    }),
    operation(rt, {
      operationId: 'confirmUnionSession',
      method: 'POST',
      path: '/union-sessions/:id/confirm',
      credential: 'wst',
      components: ['help'],
      // The answer is a credential: never kept for a replay.
      idempotent: false,
      pathParams: zConfirmUnionSessionPath,
      body: { schema: zSmsVerificationConfirm },
      handle: (ctx) => {
        const s = confirmUnionChallenge(ctx.store, ctx.worker(), ctx.params['id'] ?? '', ctx.body);
        return json(201, { token: s.token, expiresAt: formatDateTime(s.expiresAt) });
      },
    }),
  ];
}
