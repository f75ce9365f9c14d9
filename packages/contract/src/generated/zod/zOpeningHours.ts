// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zTimeInterval } from './zTimeInterval.js';

export const zOpeningHours = z.looseObject({
    open24Hours: z.boolean(),
    weekly: z.array(z.looseObject({
        day: z.int().check(z.gte(1), z.lte(7)),
        intervals: z.array(zTimeInterval)
    })),
    closures: z.array(z.looseObject({
        from: z.iso.date(),
        to: z.iso.date(),
        reason: z.string()
    }))
});
