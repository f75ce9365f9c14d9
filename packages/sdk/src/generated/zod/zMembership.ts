// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembershipStatus } from './zMembershipStatus.js';

export const zMembership = z.object({
    memberNumber: z.string(),
    organisationId: z.string(),
    since: z.iso.date(),
    status: zMembershipStatus
});
