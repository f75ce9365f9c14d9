// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zWebhookEvent } from './zWebhookEvent.js';

export const zWebhookEventList = z.looseObject({
    data: z.array(zWebhookEvent),
    nextCursor: zCursor
});
