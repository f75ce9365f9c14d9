// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zWebhookEventType = z.enum([
    'member.status_changed',
    'coverage.status_changed',
    'coverage.payment_required'
]);
