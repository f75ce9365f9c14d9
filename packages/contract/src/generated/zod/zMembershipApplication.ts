// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zMembershipApplicationStatus } from './zMembershipApplicationStatus.js';
import { zOccupation } from './zOccupation.js';

export const zMembershipApplication = z.looseObject({
    id: z.string(),
    reference: z.string().check(z.regex(/^RH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/)),
    status: z.union([zMembershipApplicationStatus, z.string()]),
    occupation: z.union([zOccupation, z.string()]),
    workDistrict: z.union([zDistrictCode, z.string()]),
    organisationId: z.string(),
    contactDueDate: z.iso.date(),
    submittedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    decisionNote: z.nullish(z.string()),
    applicant: z.looseObject({
        fullName: z.string(),
        residentIdNumberMasked: z.string(),
        mobileMasked: z.string(),
        birthDate: z.iso.date(),
        sex: z.union([z.enum(['female', 'male']), z.string()])
    })
});
