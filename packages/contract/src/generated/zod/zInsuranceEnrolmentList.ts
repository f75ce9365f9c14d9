// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zInsuranceEnrolment } from './zInsuranceEnrolment.js';

export const zInsuranceEnrolmentList = z.looseObject({
    data: z.array(zInsuranceEnrolment),
    nextCursor: zCursor
});
