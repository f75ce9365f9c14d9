// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCoveragePaymentRequiredEvent } from './zCoveragePaymentRequiredEvent.js';
import { zWebhookSignature } from './zWebhookSignature.js';

export const zCoveragePaymentRequiredWebhookRequest = z.object({
    body: zCoveragePaymentRequiredEvent,
    path: z.optional(z.never()),
    query: z.optional(z.never()),
    headers: z.object({
        'UnionKit-Signature': zWebhookSignature
    })
});
