// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAmenity } from './zAmenity.js';
import { zDistrictCode } from './zDistrictCode.js';
import { zGeoPoint } from './zGeoPoint.js';
import { zMealOffer } from './zMealOffer.js';
import { zOpeningHours } from './zOpeningHours.js';
import { zServicePointStatus } from './zServicePointStatus.js';
import { zServicePointType } from './zServicePointType.js';

export const zServicePoint = z.looseObject({
    id: z.string(),
    type: z.union([zServicePointType, z.string()]),
    name: z.string(),
    address: z.string(),
    district: z.union([zDistrictCode, z.string()]),
    location: zGeoPoint,
    openingHours: zOpeningHours,
    amenities: z.array(z.union([zAmenity, z.string()])),
    mealOffers: z.array(zMealOffer),
    phone: z.nullable(z.string()),
    status: z.union([zServicePointStatus, z.string()]),
    beds: z.optional(z.int().check(z.gte(1))),
    monthlyRentFen: z.optional(z.int().check(z.gte(0))),
    distanceM: z.optional(z.int().check(z.gte(0))),
    openNow: z.optional(z.boolean())
});
