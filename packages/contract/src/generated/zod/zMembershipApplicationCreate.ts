// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsentGrant } from './zConsentGrant.js';
import { zDistrictCode } from './zDistrictCode.js';
import { zOccupation } from './zOccupation.js';

export const zMembershipApplicationCreate = z.strictObject({
    fullName: z.string().check(z.minLength(2), z.maxLength(40)),
    residentIdNumber: z.string().check(z.regex(/^\d{17}[\dX]$/)),
    mobile: z.string().check(z.regex(/^(\+86)?1[3-9]\d{9}$/)),
    smsVerificationId: z.optional(z.string()),
    occupation: zOccupation,
    workDistrict: zDistrictCode,
    organisationId: z.string(),
    charterAccepted: z.literal(true),
    consents: z.array(zConsentGrant).check(z.maxLength(4))
});
