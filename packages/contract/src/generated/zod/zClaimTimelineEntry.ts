// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zClaimTimelineEntry = z.looseObject({
    status: z.string() /* ClaimStatus or later */,
    at: z.iso.datetime({ offset: true }),
    note: z.optional(z.string())
});
