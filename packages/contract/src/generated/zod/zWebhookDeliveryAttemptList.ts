// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zWebhookDeliveryAttempt } from './zWebhookDeliveryAttempt.js';

export const zWebhookDeliveryAttemptList = z.looseObject({
    data: z.array(zWebhookDeliveryAttempt),
    nextCursor: zCursor
});
