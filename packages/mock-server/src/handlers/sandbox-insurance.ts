/** Sandbox-only operations for insurance: decide a claim, pay at a union counter, move the test clock. */
import type { HttpHandler } from 'msw';
import {
  zDecideInsuranceClaimPath,
  zPayInsuranceEnrolmentAtCounterPath,
  zSandboxClaimDecision,
  zSandboxClockAdvance,
} from '@unionkit/contract/schemas';
import { decideClaim } from '../domain/claims.js';
import { payAtUnionCounter } from '../domain/payments.js';
import { advanceClock } from '../domain/sandbox-clock.js';
import * as serialize from '../domain/serialize-claims.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { json } from '../http/result.js';
import { formatDateTime } from '../time.js';

export function sandboxInsuranceHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'decideInsuranceClaim',
      method: 'POST',
      path: '/sandbox/insurance-claims/:id/decision',
      credential: 'sk_or_wst',
      pathParams: zDecideInsuranceClaimPath,
      body: { schema: zSandboxClaimDecision },
      handle: (ctx) => json(200, serialize.claim(decideClaim(ctx.store, ctx.actor, ctx.params['id'] ?? '', ctx.body))),
    }),
    operation(rt, {
      operationId: 'payInsuranceEnrolmentAtCounter',
      method: 'POST',
      path: '/sandbox/insurance-enrolments/:id/payment',
      credential: 'sk_or_wst',
      pathParams: zPayInsuranceEnrolmentAtCounterPath,
      handle: (ctx) => json(201, serialize.payment(payAtUnionCounter(ctx.store, ctx.actor, ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'advanceSandboxClock',
      method: 'POST',
      path: '/sandbox/clock/advance',
      credential: 'sk_or_wst',
      body: { schema: zSandboxClockAdvance },
      handle: (ctx) => json(200, { now: formatDateTime(advanceClock(ctx.store, ctx.body.days)) }),
    }),
  ];
}
