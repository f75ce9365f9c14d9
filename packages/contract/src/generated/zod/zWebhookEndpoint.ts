// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEventType } from './zWebhookEventType.js';

export const zWebhookEndpoint = z.object({
    id: z.string(),
    url: z.string(),
    events: z.array(zWebhookEventType),
    createdAt: z.iso.datetime({ offset: true })
});
