// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * `truck_parking` takes lorries; `temporary_parking` is a few minutes' stop for a scooter, car or van at the door; `ev_charging` charges electric cars (e-bikes are `ebike_charging`); `reading_corner` is a shelf of books to read on the spot (职工书屋).
 */
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
    'truck_parking',
    'temporary_parking',
    'ev_charging',
    'reading_corner'
]);
