// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsentGrant } from './zConsentGrant.js';

export const zInsuranceEnrolmentCreate = z.strictObject({
    planId: z.string(),
    birthDate: z.optional(z.iso.date()),
    consents: z.optional(z.array(zConsentGrant).check(z.maxLength(4)))
});
