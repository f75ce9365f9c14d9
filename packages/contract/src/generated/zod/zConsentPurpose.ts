// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zConsentPurpose = z.enum([
    'membership_processing',
    'sensitive_id_number',
    'share_status_with_platform',
    'job_application_sharing',
    'help_request_processing',
    'claim_processing',
    'sensitive_health_data'
]);
