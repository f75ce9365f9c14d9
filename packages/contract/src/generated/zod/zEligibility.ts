// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zEligibility = z.looseObject({
    planId: z.string(),
    eligible: z.boolean(),
    reasons: z.array(z.string() /* EligibilityReason or later */),
    minAge: z.optional(z.int().check(z.gte(0))),
    maxAgeExclusive: z.optional(z.int()),
    coverageStart: z.nullable(z.iso.date()),
    coverageEnd: z.nullable(z.iso.date())
});
