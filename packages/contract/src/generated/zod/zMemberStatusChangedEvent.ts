// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zMemberStatusChangedEvent = z.looseObject({
    id: z.string(),
    type: z.literal('member.status_changed'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.looseObject({
        workerRef: z.string(),
        status: z.string() /* MembershipStatus or later */,
        since: z.iso.date()
    })
});
