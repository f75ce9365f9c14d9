// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCoverageStatusChangedEvent } from './zCoverageStatusChangedEvent.js';
import { zWebhookSignature } from './zWebhookSignature.js';

export const zCoverageStatusChangedWebhookRequest = z.object({
    body: zCoverageStatusChangedEvent,
    path: z.optional(z.never()),
    query: z.optional(z.never()),
    headers: z.object({
        'UnionKit-Signature': zWebhookSignature
    })
});
