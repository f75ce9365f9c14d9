// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMemberStatusChangedEvent } from './zMemberStatusChangedEvent.js';
import { zWebhookSignature } from './zWebhookSignature.js';

export const zMemberStatusChangedWebhookRequest = z.object({
    body: zMemberStatusChangedEvent,
    path: z.optional(z.never()),
    query: z.optional(z.never()),
    headers: z.object({
        'UnionKit-Signature': zWebhookSignature
    })
});
