// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEventType } from './zWebhookEventType.js';

export const zWebhookEndpointCreate = z.object({
    url: z.url().check(z.regex(/^https?:\/\//)),
    events: z.array(zWebhookEventType).check(z.minLength(1))
});
