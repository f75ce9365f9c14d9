// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEnrolmentStatus } from './zEnrolmentStatus.js';

export const zCoverageSummary = z.object({
    planId: z.string(),
    status: zEnrolmentStatus,
    coverageEnd: z.nullable(z.iso.date())
});
