// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zOccupation = z.enum([
    'food_delivery_rider',
    'ride_hailing_driver',
    'courier',
    'truck_driver',
    'domestic_care_worker',
    'digital_content_creator',
    'other'
]);
