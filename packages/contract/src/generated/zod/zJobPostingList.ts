// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zJobPosting } from './zJobPosting.js';

export const zJobPostingList = z.looseObject({
    data: z.array(zJobPosting),
    nextCursor: zCursor
});
