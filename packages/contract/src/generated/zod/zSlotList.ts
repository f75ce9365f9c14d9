// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSlot } from './zSlot.js';

export const zSlotList = z.looseObject({
    data: z.array(zSlot)
});
