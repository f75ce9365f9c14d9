// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCompanionRelation } from './zCompanionRelation.js';
import { zRegistrationStatus } from './zRegistrationStatus.js';

export const zEventRegistration = z.object({
    id: z.string(),
    eventId: z.string(),
    status: zRegistrationStatus,
    waitlistPosition: z.nullable(z.int().check(z.gte(1))),
    companions: z.array(z.object({
        relation: zCompanionRelation,
        birthYear: z.int()
    })),
    people: z.int().check(z.gte(1)),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
