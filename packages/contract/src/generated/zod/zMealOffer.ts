// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zTimeInterval } from './zTimeInterval.js';

export const zMealOffer = z.looseObject({
    title: z.string(),
    priceFen: z.int().check(z.gte(0)),
    windows: z.array(zTimeInterval),
    dailyQuota: z.optional(z.int().check(z.gte(1)))
});
