// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zInsurancePlan } from './zInsurancePlan.js';

export const zInsurancePlanList = z.looseObject({
    data: z.array(zInsurancePlan),
    nextCursor: zCursor
});
