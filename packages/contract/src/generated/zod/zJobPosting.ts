// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zJobPosting = z.looseObject({
    id: z.string(),
    title: z.string(),
    employer: z.string(),
    occupation: z.string() /* Occupation or later */,
    employmentType: z.string() /* EmploymentType or later */,
    district: z.string() /* DistrictCode or later */,
    salaryMinFen: z.int().check(z.gte(0)),
    salaryMaxFen: z.int().check(z.gte(0)),
    description: z.string(),
    requirements: z.array(z.string()),
    benefits: z.array(z.string()),
    postedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    source: z.string() /* 'huipin_shanghai' | 'union_partner' or later */
});
