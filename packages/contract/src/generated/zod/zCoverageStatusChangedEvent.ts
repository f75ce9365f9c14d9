// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEnrolmentStatus } from './zEnrolmentStatus.js';

export const zCoverageStatusChangedEvent = z.looseObject({
    id: z.string(),
    type: z.literal('coverage.status_changed'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.looseObject({
        workerRef: z.string(),
        enrolmentId: z.string(),
        planId: z.string(),
        status: z.union([zEnrolmentStatus, z.string()]),
        coverageStart: z.nullable(z.iso.date()),
        coverageEnd: z.nullable(z.iso.date())
    })
});
