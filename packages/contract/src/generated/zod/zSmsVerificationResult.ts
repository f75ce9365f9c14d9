// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSmsVerificationResult = z.looseObject({
    id: z.string(),
    verified: z.boolean(),
    attemptsRemaining: z.optional(z.int().check(z.gte(0)))
});
