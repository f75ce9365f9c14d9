// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zConsent = z.looseObject({
    id: z.string(),
    purpose: z.string() /* ConsentPurpose or later */,
    noticeVersion: z.string(),
    grantedAt: z.iso.datetime({ offset: true }),
    withdrawnAt: z.nullable(z.iso.datetime({ offset: true })),
    subjectId: z.optional(z.string())
});
