// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zPremiumPayer = z.enum([
    'self',
    'union_subsidy',
    'platform'
]);
