// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zCoverageStatusChangedEvent = z.looseObject({
    id: z.string(),
    type: z.literal('coverage.status_changed'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.looseObject({
        workerRef: z.string(),
        enrolmentId: z.string(),
        planId: z.string(),
        status: z.string() /* EnrolmentStatus or later */,
        coverageStart: z.nullable(z.iso.date()),
        coverageEnd: z.nullable(z.iso.date())
    })
});
