// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zGeoPoint } from './zGeoPoint.js';

export const zVenue = z.looseObject({
    name: z.string(),
    address: z.string(),
    district: z.string() /* DistrictCode or later */,
    location: z.optional(zGeoPoint)
});
