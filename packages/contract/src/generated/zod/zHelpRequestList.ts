// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zHelpRequest } from './zHelpRequest.js';

export const zHelpRequestList = z.looseObject({
    data: z.array(zHelpRequest),
    nextCursor: zCursor
});
