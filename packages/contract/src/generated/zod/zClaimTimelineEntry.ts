// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zClaimStatus } from './zClaimStatus.js';

export const zClaimTimelineEntry = z.looseObject({
    status: z.union([zClaimStatus, z.string()]),
    at: z.iso.datetime({ offset: true }),
    note: z.optional(z.string())
});
