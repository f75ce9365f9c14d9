// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zChildAgeRange } from './zChildAgeRange.js';
import { zVenue } from './zVenue.js';

export const zEvent = z.looseObject({
    id: z.string(),
    category: z.string() /* EventCategory or later */,
    title: z.string(),
    description: z.string(),
    venue: zVenue,
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    capacity: z.int().check(z.gte(1)),
    placesLeft: z.int().check(z.gte(0)),
    waitlistCount: z.int().check(z.gte(0)),
    registrationOpensAt: z.iso.datetime({ offset: true }),
    registrationClosesAt: z.iso.datetime({ offset: true }),
    membersOnly: z.boolean(),
    waitlistEnabled: z.boolean(),
    organiserId: z.optional(z.string()),
    maxCompanions: z.optional(z.int().check(z.gte(0), z.lte(10))),
    childAgeRange: z.optional(zChildAgeRange)
});
