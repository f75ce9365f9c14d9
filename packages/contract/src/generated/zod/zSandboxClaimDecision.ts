// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSandboxClaimDecision = z.strictObject({
    decision: z.enum([
        'approve',
        'reject',
        'needs_info',
        'pay'
    ]),
    amountFen: z.optional(z.int().check(z.gte(1))),
    reason: z.optional(z.string().check(z.minLength(1), z.maxLength(200)))
});
