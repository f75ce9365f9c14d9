/** Sandbox-only: play the union's social worker (社工) on a help request. */
import type { HttpHandler } from 'msw';
import { zDecideHelpRequestPath, zHelpRequestDecision } from '@unionkit/contract/schemas';
import { decideHelpRequest, toHelpRequest } from '../domain/help-requests.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { json } from '../http/result.js';

export function sandboxHelpHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'decideHelpRequest',
      method: 'POST',
      path: '/sandbox/help-requests/:id/decision',
      credential: 'sk_or_wst',
      unionToken: true,
      pathParams: zDecideHelpRequestPath,
      body: { schema: zHelpRequestDecision },
      handle: (ctx) => json(200, toHelpRequest(decideHelpRequest(ctx.store, ctx.actor, ctx.params['id'] ?? '', ctx.body))),
    }),
  ];
}
