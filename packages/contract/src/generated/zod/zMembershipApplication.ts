// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zMembershipApplication = z.looseObject({
    id: z.string(),
    reference: z.string().check(z.regex(/^RH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/)),
    status: z.string() /* MembershipApplicationStatus or later */,
    occupation: z.string() /* Occupation or later */,
    workDistrict: z.string() /* DistrictCode or later */,
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
        sex: z.string() /* 'female' | 'male' or later */
    })
});
