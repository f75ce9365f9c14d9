// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zEmploymentType } from './zEmploymentType.js';
import { zOccupation } from './zOccupation.js';

export const zJobPosting = z.looseObject({
    id: z.string(),
    title: z.string(),
    employer: z.string(),
    occupation: z.union([zOccupation, z.string()]),
    employmentType: z.union([zEmploymentType, z.string()]),
    district: z.union([zDistrictCode, z.string()]),
    salaryMinFen: z.int().check(z.gte(0)),
    salaryMaxFen: z.int().check(z.gte(0)),
    description: z.string(),
    requirements: z.array(z.string()),
    benefits: z.array(z.string()),
    postedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    source: z.union([z.enum(['huipin_shanghai', 'union_partner']), z.string()])
});
