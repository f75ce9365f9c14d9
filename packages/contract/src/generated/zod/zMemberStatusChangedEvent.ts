// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembershipStatus } from './zMembershipStatus.js';

export const zMemberStatusChangedEvent = z.object({
    id: z.string(),
    type: z.literal('member.status_changed'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.object({
        workerRef: z.string(),
        status: zMembershipStatus,
        since: z.iso.date()
    })
});
