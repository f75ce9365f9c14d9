// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zHelpRequestMessageCreate = z.strictObject({
    body: z.string().check(z.minLength(1), z.maxLength(16000)),
    fileIds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(10)))
});
