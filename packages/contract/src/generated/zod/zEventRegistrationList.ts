// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zEventRegistration } from './zEventRegistration.js';

export const zEventRegistrationList = z.looseObject({
    data: z.array(zEventRegistration),
    nextCursor: zCursor
});
