// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEventType } from './zWebhookEventType.js';

/**
 * One delivery attempt to an endpoint. Never the event's body.
 */
export const zWebhookDeliveryAttempt = z.looseObject({
    id: z.string(),
    eventId: z.string(),
    eventType: z.union([zWebhookEventType, z.string()]),
    trigger: z.union([z.enum(['automatic', 'redelivery']), z.string()]),
    attemptedAt: z.iso.datetime({ offset: true }),
    statusCode: z.nullable(z.int()),
    error: z.nullable(z.string()),
    durationMs: z.int().check(z.gte(0)),
    succeeded: z.boolean(),
    nextRetryAt: z.nullable(z.iso.datetime({ offset: true }))
});
