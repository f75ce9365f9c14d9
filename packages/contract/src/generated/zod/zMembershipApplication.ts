// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zMembershipApplicationStatus } from './zMembershipApplicationStatus.js';
import { zOccupation } from './zOccupation.js';

export const zMembershipApplication = z.object({
    id: z.string(),
    reference: z.string().check(z.regex(/^RH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/)),
    status: zMembershipApplicationStatus,
    occupation: zOccupation,
    workDistrict: zDistrictCode,
    organisationId: z.string(),
    contactDueDate: z.iso.date(),
    submittedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    decisionNote: z.nullish(z.string()),
    applicant: z.object({
        fullName: z.string(),
        residentIdNumberMasked: z.string(),
        mobileMasked: z.string(),
        birthDate: z.iso.date(),
        sex: z.enum(['female', 'male'])
    })
});
