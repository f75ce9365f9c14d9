// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zJobApplication } from './zJobApplication.js';

export const zJobApplicationList = z.looseObject({
    data: z.array(zJobApplication),
    nextCursor: zCursor
});
