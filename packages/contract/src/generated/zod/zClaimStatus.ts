// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * `submitted → under_review → more_info_needed → under_review → approved → paid | rejected`, or `withdrawn` before a decision (`x-unionkit-withdrawable-statuses`).
 */
export const zClaimStatus = z.enum([
    'submitted',
    'under_review',
    'more_info_needed',
    'approved',
    'paid',
    'rejected',
    'withdrawn'
]);
