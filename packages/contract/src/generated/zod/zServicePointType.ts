// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zServicePointType = z.enum([
    'rest_station',
    'driver_home',
    'canteen',
    'community_dining',
    'mediation_room',
    'legal_aid',
    'health_check',
    'fitness'
]);
