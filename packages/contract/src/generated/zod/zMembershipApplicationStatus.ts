// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zMembershipApplicationStatus = z.enum([
    'submitted',
    'under_review',
    'approved',
    'rejected',
    'needs_info',
    'withdrawn'
]);
