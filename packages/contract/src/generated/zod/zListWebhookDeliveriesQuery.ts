// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zListWebhookDeliveriesQuery = z.strictObject({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});
