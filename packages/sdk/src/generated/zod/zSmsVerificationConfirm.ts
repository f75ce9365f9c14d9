// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSmsVerificationConfirm = z.object({
    code: z.string().check(z.regex(/^\d{6}$/))
});
