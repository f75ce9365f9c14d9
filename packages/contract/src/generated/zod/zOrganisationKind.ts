// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zOrganisationKind = z.enum([
    'municipal',
    'district',
    'industry',
    'street',
    'town',
    'park',
    'platform_enterprise',
    'joint'
]);
