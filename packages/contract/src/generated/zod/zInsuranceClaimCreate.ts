// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zClaimBenefit } from './zClaimBenefit.js';
import { zConsentGrant } from './zConsentGrant.js';

export const zInsuranceClaimCreate = z.strictObject({
    enrolmentId: z.string().check(z.minLength(1), z.maxLength(64)),
    benefit: zClaimBenefit,
    incidentDate: z.iso.date(),
    description: z.string().check(z.minLength(1), z.maxLength(16000)),
    hospitalDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
    evidenceFileIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(10)),
    consents: z.array(zConsentGrant).check(z.maxLength(8))
});
