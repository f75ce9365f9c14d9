// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * Why a worker may not enrol. `birth_date_required`: the plan has age limits and the worker's birth date is unknown (not a member, no application) — ask for it and send it as `birthDate` on the enrolment; `age_out_of_range`: outside `minAge`–`maxAgeExclusive` on the day cover would start.
 */
export const zEligibilityReason = z.enum([
    'not_a_member',
    'birth_date_required',
    'age_out_of_range',
    'occupation_not_covered',
    'activity_not_attested',
    'already_enrolled',
    'enrolment_closed'
]);
