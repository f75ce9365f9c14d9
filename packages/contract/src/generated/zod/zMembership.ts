// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * The worker's membership; `{ "status": "none" }` and nothing else when the worker is not a member.
 */
export const zMembership = z.looseObject({
    status: z.union([
        z.string() /* MembershipStatus or later */,
        z.literal('none')
    ]),
    memberNumber: z.optional(z.string()),
    organisationId: z.optional(z.string()),
    since: z.optional(z.iso.date())
});
