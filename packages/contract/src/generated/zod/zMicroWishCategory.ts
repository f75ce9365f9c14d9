// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zMicroWishCategory = z.enum([
    'daily_necessities',
    'child_education',
    'health',
    'family_reunion',
    'other'
]);
