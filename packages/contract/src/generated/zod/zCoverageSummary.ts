// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEnrolmentStatus } from './zEnrolmentStatus.js';

export const zCoverageSummary = z.looseObject({
    planId: z.string(),
    status: z.union([zEnrolmentStatus, z.string()]),
    coverageEnd: z.nullable(z.iso.date())
});
