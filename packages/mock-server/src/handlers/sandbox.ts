/** Sandbox-only operations: decide a membership application, reset everything (webhook endpoints stay). */
import type { HttpHandler } from 'msw';
import { zDecideMembershipApplicationPath, zSandboxDecision } from '@unionkit/contract/schemas';
import { decideApplication } from '../domain/membership.js';
import * as serialize from '../domain/serialize.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { json, noContent } from '../http/result.js';

export function sandboxHandlers(rt: Runtime, reset: () => void): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'decideMembershipApplication',
      method: 'POST',
      path: '/sandbox/membership-applications/:id/decision',
      credential: 'sk_or_wst',
      pathParams: zDecideMembershipApplicationPath,
      body: { schema: zSandboxDecision },
      handle: (ctx) => json(200, serialize.membershipApplication(decideApplication(ctx.store, ctx.actor, ctx.params['id'] ?? '', ctx.body))),
    }),
    operation(rt, {
      operationId: 'resetSandbox',
      method: 'POST',
      path: '/sandbox/reset',
      credential: 'sk',
      // a retried reset (same key) is answered, not run again over what was made since
      keepKeyAcrossReset: true,
      handle: () => {
        reset();
        return noContent();
      },
    }),
  ];
}
