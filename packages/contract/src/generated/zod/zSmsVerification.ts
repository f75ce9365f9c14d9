// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSmsVerification = z.looseObject({
    id: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    mobileMasked: z.optional(z.string())
});
