// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zServicePoint } from './zServicePoint.js';

export const zServicePointList = z.looseObject({
    data: z.array(zServicePoint),
    nextCursor: zCursor
});
