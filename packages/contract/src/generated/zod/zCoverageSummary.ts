// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zCoverageSummary = z.looseObject({
    planId: z.string(),
    status: z.string() /* EnrolmentStatus or later */,
    coverageEnd: z.nullable(z.iso.date())
});
