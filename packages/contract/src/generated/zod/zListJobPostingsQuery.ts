// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zEmploymentType } from './zEmploymentType.js';
import { zOccupation } from './zOccupation.js';

export const zListJobPostingsQuery = z.strictObject({
    q: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    occupation: z.optional(zOccupation),
    employmentType: z.optional(zEmploymentType),
    district: z.optional(zDistrictCode),
    salaryMin: z.optional(z.int().check(z.gte(0))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});
