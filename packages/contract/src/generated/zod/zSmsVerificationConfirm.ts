// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSmsVerificationConfirm = z.strictObject({
    code: z.string().check(z.regex(/^\d{6}$/))
});
