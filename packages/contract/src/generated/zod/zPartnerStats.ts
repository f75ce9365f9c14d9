// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zPartnerStatsRow } from './zPartnerStatsRow.js';

/**
 * Aggregate impact among the partner's workers; no totals, no person.
 */
export const zPartnerStats = z.looseObject({
    generatedAt: z.iso.datetime({ offset: true }),
    from: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    to: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    minimumCount: z.literal(10),
    helpCounted: z.literal('non_confidential'),
    data: z.array(zPartnerStatsRow)
});
