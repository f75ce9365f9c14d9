// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zEmploymentType = z.enum([
    'full_time',
    'part_time',
    'gig'
]);
