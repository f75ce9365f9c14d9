// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zEventRegistration = z.looseObject({
    id: z.string(),
    eventId: z.string(),
    status: z.string() /* RegistrationStatus or later */,
    waitlistPosition: z.nullable(z.int().check(z.gte(1))),
    companions: z.array(z.looseObject({
        relation: z.string() /* CompanionRelation or later */,
        birthYear: z.int()
    })),
    people: z.int().check(z.gte(1)),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
