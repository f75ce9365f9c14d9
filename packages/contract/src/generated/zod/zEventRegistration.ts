// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCompanionRelation } from './zCompanionRelation.js';
import { zRegistrationStatus } from './zRegistrationStatus.js';

export const zEventRegistration = z.looseObject({
    id: z.string(),
    eventId: z.string(),
    status: z.union([zRegistrationStatus, z.string()]),
    waitlistPosition: z.nullable(z.int().check(z.gte(1))),
    companions: z.array(z.looseObject({
        relation: z.union([zCompanionRelation, z.string()]),
        birthYear: z.int()
    })),
    people: z.int().check(z.gte(1)),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
