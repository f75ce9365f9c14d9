// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * What a notice is about — every consent purpose, and `union_charter`.
 */
export const zNoticePurpose = z.enum([
    'membership_processing',
    'sensitive_id_number',
    'share_status_with_platform',
    'job_application_sharing',
    'help_request_processing',
    'claim_processing',
    'sensitive_health_data',
    'union_charter'
]);
