// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zEligibilityReason = z.enum([
    'not_a_member',
    'age_limit',
    'occupation_not_covered',
    'activity_not_attested',
    'already_enrolled',
    'enrolment_closed'
]);
