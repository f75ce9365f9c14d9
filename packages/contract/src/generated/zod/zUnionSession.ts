// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zUnionSession = z.looseObject({
    token: z.string().check(z.regex(/^ust_[0-9A-Za-z]+$/)),
    expiresAt: z.iso.datetime({ offset: true })
});
