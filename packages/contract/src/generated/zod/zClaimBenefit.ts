// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * What is claimed, and the plan benefit it needs (`x-unionkit-plan-benefit`). Death claims are made by the family in person.
 */
export const zClaimBenefit = z.enum([
    'accident_medical',
    'inpatient',
    'critical_illness',
    'disability'
]);
