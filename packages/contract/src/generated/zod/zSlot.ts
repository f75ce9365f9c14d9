// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * A bookable 30-minute slot. The sandbox offers 3 places a slot, books up to 30 days ahead and lets a booking be cancelled until 120 minutes before it starts (the `x-unionkit-…` figures).
 */
export const zSlot = z.looseObject({
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    available: z.boolean(),
    placesLeft: z.int().check(z.gte(0))
});
