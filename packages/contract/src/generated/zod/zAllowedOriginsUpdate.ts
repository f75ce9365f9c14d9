// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zAllowedOriginsUpdate = z.strictObject({
    origins: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(50)),
    allowNullOrigin: z.optional(z.boolean())
});
