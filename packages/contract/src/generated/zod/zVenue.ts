// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zGeoPoint } from './zGeoPoint.js';

export const zVenue = z.looseObject({
    name: z.string(),
    address: z.string(),
    district: z.union([zDistrictCode, z.string()]),
    location: z.optional(zGeoPoint)
});
