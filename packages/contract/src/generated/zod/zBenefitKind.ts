// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zBenefitKind = z.enum([
    'accident',
    'inpatient_day',
    'critical_illness',
    'death_disability'
]);
