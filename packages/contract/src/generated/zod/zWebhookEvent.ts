// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * An event sent to the partner, with how its delivery went.
 */
export const zWebhookEvent = z.looseObject({
    id: z.string(),
    type: z.string() /* WebhookEventType or later */,
    createdAt: z.iso.datetime({ offset: true }),
    deliveryStatus: z.string() /* WebhookDeliveryStatus or later */,
    attemptCount: z.int().check(z.gte(0)),
    nextRetryAt: z.nullable(z.iso.datetime({ offset: true })),
    data: z.record(z.string(), z.unknown())
});
