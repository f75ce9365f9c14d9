// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * A count, or null with `suppressed` true when it is under `minimumCount` (zero included).
 */
export const zStatCount = z.looseObject({
    count: z.nullable(z.int().check(z.gte(10))),
    suppressed: z.boolean()
});
