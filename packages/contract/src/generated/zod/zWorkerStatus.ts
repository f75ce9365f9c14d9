// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCoverageSummary } from './zCoverageSummary.js';

/**
 * What the platform may learn, only when the worker consented to `share_status_with_platform`. Without that consent `shared` is false and nothing else is told.
 */
export const zWorkerStatus = z.looseObject({
    workerRef: z.string(),
    shared: z.boolean(),
    membership: z.nullable(z.looseObject({
        status: z.string() /* MembershipStatus or later */,
        since: z.iso.date()
    })),
    coverage: z.array(zCoverageSummary)
});
