// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAppointment } from './zAppointment.js';
import { zCursor } from './zCursor.js';

export const zAppointmentList = z.looseObject({
    data: z.array(zAppointment),
    nextCursor: zCursor
});
