// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookDeliveryStatus } from './zWebhookDeliveryStatus.js';
import { zWebhookEventType } from './zWebhookEventType.js';

export const zListWebhookEventsQuery = z.strictObject({
    type: z.optional(zWebhookEventType),
    deliveryStatus: z.optional(zWebhookDeliveryStatus),
    createdAfter: z.optional(z.iso.datetime({ offset: true })),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});
