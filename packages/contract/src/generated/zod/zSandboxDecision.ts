// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSandboxDecision = z.strictObject({
    decision: z.enum([
        'approve',
        'reject',
        'needs_info'
    ]),
    note: z.optional(z.string().check(z.maxLength(200)))
});
