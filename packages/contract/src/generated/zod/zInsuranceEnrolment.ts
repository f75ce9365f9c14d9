// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEnrolmentPayment } from './zEnrolmentPayment.js';

export const zInsuranceEnrolment = z.looseObject({
    id: z.string(),
    planId: z.string(),
    status: z.string() /* EnrolmentStatus or later */,
    coverageStart: z.nullable(z.iso.date()),
    coverageEnd: z.nullable(z.iso.date()),
    workerPaysFen: z.int().check(z.gte(0)),
    payment: z.nullish(zEnrolmentPayment),
    certificate: z.nullable(z.looseObject({
        number: z.string(),
        issuedAt: z.iso.datetime({ offset: true })
    })),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
