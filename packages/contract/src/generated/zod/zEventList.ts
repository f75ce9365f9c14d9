// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zEvent } from './zEvent.js';

export const zEventList = z.looseObject({
    data: z.array(zEvent),
    nextCursor: zCursor
});
