// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zGeoPoint } from './zGeoPoint.js';
import { zMealOffer } from './zMealOffer.js';
import { zOpeningHours } from './zOpeningHours.js';

export const zServicePoint = z.looseObject({
    id: z.string(),
    type: z.string() /* ServicePointType or later */,
    name: z.string(),
    address: z.string(),
    district: z.string() /* DistrictCode or later */,
    location: zGeoPoint,
    openingHours: zOpeningHours,
    amenities: z.array(z.string() /* Amenity or later */),
    mealOffers: z.array(zMealOffer),
    phone: z.nullable(z.string()),
    status: z.string() /* ServicePointStatus or later */,
    beds: z.optional(z.int().check(z.gte(1))),
    monthlyRentFen: z.optional(z.int().check(z.gte(0))),
    distanceM: z.optional(z.int().check(z.gte(0))),
    openNow: z.optional(z.boolean())
});
