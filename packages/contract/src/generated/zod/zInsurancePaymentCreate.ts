// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zInsurancePaymentCreate = z.strictObject({
    amountFen: z.int().check(z.gte(1), z.lte(100000000)),
    partnerPaymentRef: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\x21-\x7E]+$/))
});
