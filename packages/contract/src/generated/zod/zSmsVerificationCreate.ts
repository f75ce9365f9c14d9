// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSmsVerificationCreate = z.strictObject({
    mobile: z.string().check(z.regex(/^(\+86)?1[3-9]\d{9}$/))
});
