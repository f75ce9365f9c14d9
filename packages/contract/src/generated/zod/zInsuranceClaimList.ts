// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zInsuranceClaim } from './zInsuranceClaim.js';

export const zInsuranceClaimList = z.looseObject({
    data: z.array(zInsuranceClaim),
    nextCursor: zCursor
});
