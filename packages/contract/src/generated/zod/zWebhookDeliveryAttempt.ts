// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * One delivery attempt to an endpoint. Never the event's body.
 */
export const zWebhookDeliveryAttempt = z.looseObject({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string() /* WebhookEventType or later */,
    trigger: z.string() /* 'automatic' | 'redelivery' or later */,
    attemptedAt: z.iso.datetime({ offset: true }),
    statusCode: z.nullable(z.int()),
    error: z.nullable(z.string()),
    durationMs: z.int().check(z.gte(0)),
    succeeded: z.boolean(),
    nextRetryAt: z.nullable(z.iso.datetime({ offset: true }))
});
