// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zMembershipApplication } from './zMembershipApplication.js';

export const zMembershipApplicationList = z.looseObject({
    data: z.array(zMembershipApplication),
    nextCursor: zCursor
});
