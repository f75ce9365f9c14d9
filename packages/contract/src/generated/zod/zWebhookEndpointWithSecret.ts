// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEndpoint } from './zWebhookEndpoint.js';

export const zWebhookEndpointWithSecret = z.intersection(zWebhookEndpoint, z.looseObject({
    secret: z.string()
}));
