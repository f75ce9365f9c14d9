// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsentPurpose } from './zConsentPurpose.js';

export const zConsentGrant = z.strictObject({
    purpose: zConsentPurpose,
    noticeVersion: z.string().check(z.regex(/^\d{4}-\d{2}$/))
});
