// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEventType } from './zWebhookEventType.js';

export const zWebhookEndpointCreate = z.strictObject({
    url: z.url().check(z.maxLength(2048), z.regex(/^https?:\/\/[\x21-\x7E]+$/)),
    events: z.array(zWebhookEventType).check(z.minLength(1))
});
