// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zAmenity = z.enum([
    'air_conditioning',
    'fridge',
    'microwave',
    'hot_water',
    'phone_charging',
    'ebike_charging',
    'seating',
    'toilet',
    'wifi',
    'first_aid',
    'blood_pressure_monitor',
    'shower',
    'laundry',
    'truck_parking'
]);
