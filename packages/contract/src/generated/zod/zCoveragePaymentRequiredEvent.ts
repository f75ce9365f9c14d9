// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zCoveragePaymentRequiredEvent = z.looseObject({
    id: z.string(),
    type: z.literal('coverage.payment_required'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.looseObject({
        workerRef: z.string(),
        enrolmentId: z.string(),
        planId: z.string(),
        amountFen: z.int().check(z.gte(1)),
        dueDate: z.iso.date()
    })
});
