// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zComponent = z.enum([
    'membership',
    'insurance',
    'service_map',
    'events',
    'jobs',
    'help'
]);
