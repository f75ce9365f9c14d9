// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zAppointmentCreate = z.strictObject({
    servicePointId: z.string().check(z.minLength(1), z.maxLength(64)),
    startsAt: z.iso.datetime({ offset: true })
});
