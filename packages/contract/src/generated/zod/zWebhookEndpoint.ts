// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEndpointStatus } from './zWebhookEndpointStatus.js';
import { zWebhookEventType } from './zWebhookEventType.js';

export const zWebhookEndpoint = z.looseObject({
    id: z.string(),
    url: z.string(),
    events: z.array(z.union([zWebhookEventType, z.string()])),
    createdAt: z.iso.datetime({ offset: true }),
    status: z.union([zWebhookEndpointStatus, z.string()]),
    failingSince: z.nullable(z.iso.datetime({ offset: true }))
});
