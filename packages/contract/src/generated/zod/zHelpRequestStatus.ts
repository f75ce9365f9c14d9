// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * `submitted → accepted → in_progress → more_info_needed → in_progress → resolved | declined`, or `withdrawn`; micro-wishes also `adopted → fulfilled`.
 */
export const zHelpRequestStatus = z.enum([
    'submitted',
    'accepted',
    'in_progress',
    'more_info_needed',
    'resolved',
    'declined',
    'withdrawn',
    'adopted',
    'fulfilled'
]);
