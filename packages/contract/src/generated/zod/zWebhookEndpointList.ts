// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zWebhookEndpoint } from './zWebhookEndpoint.js';

export const zWebhookEndpointList = z.looseObject({
    data: z.array(zWebhookEndpoint),
    nextCursor: zCursor
});
