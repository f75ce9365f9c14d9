// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCompanion } from './zCompanion.js';

export const zEventRegistrationCreate = z.strictObject({
    companions: z.optional(z.array(zCompanion).check(z.maxLength(10)))
});
