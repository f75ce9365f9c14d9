// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCoverageSummary } from './zCoverageSummary.js';
import { zMembershipStatus } from './zMembershipStatus.js';

/**
 * What the platform may learn, only when the worker consented to `share_status_with_platform`. Without that consent `shared` is false and nothing else is told.
 */
export const zWorkerStatus = z.looseObject({
    workerRef: z.string(),
    shared: z.boolean(),
    membership: z.nullable(z.looseObject({
        status: z.union([zMembershipStatus, z.string()]),
        since: z.iso.date()
    })),
    coverage: z.array(zCoverageSummary)
});
