// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zEventCategory } from './zEventCategory.js';

export const zListEventsQuery = z.strictObject({
    category: z.optional(zEventCategory),
    from: z.optional(z.iso.datetime({ offset: true })),
    to: z.optional(z.iso.datetime({ offset: true })),
    district: z.optional(zDistrictCode),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});
