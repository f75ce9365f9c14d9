// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zEnrolmentStatus = z.enum([
    'pending_review',
    'awaiting_payment',
    'active',
    'expired',
    'rejected',
    'cancelled',
    'lapsed'
]);
