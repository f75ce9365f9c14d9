// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zWebhookEndpoint = z.looseObject({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string() /* WebhookEventType or later */),
    createdAt: z.iso.datetime({ offset: true }),
    status: z.string() /* WebhookEndpointStatus or later */,
    failingSince: z.nullable(z.iso.datetime({ offset: true }))
});
