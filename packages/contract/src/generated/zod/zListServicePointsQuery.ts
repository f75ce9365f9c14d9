// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAmenity } from './zAmenity.js';
import { zDistrictCode } from './zDistrictCode.js';
import { zServicePointType } from './zServicePointType.js';

export const zListServicePointsQuery = z.strictObject({
    near: z.optional(z.string().check(z.regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/))),
    radiusM: z.optional(z.int().check(z.gte(1), z.lte(50000))),
    types: z.optional(z.array(zServicePointType).check(z.minLength(1))),
    amenities: z.optional(z.array(zAmenity).check(z.minLength(1))),
    district: z.optional(zDistrictCode),
    openAt: z.optional(z.iso.datetime({ offset: true })),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});
