// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsentPurpose } from './zConsentPurpose.js';

export const zConsent = z.looseObject({
    id: z.string(),
    purpose: z.union([zConsentPurpose, z.string()]),
    noticeVersion: z.string(),
    grantedAt: z.iso.datetime({ offset: true }),
    withdrawnAt: z.nullable(z.iso.datetime({ offset: true })),
    subjectId: z.optional(z.string())
});
