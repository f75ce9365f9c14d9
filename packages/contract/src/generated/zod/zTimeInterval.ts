// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zTimeOfDay } from './zTimeOfDay.js';

export const zTimeInterval = z.looseObject({
    opens: zTimeOfDay,
    closes: zTimeOfDay
});
