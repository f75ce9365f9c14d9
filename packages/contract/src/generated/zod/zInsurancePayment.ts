// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zInsurancePayment = z.looseObject({
    id: z.string(),
    enrolmentId: z.string(),
    amountFen: z.int().check(z.gte(1)),
    status: z.enum(['succeeded']),
    method: z.string() /* PaymentMethod or later */,
    partnerPaymentRef: z.nullable(z.string()),
    createdAt: z.iso.datetime({ offset: true })
});
