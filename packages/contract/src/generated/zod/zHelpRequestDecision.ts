// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zHelpRequestDecision = z.strictObject({
    decision: z.enum([
        'accept',
        'start',
        'needs_info',
        'resolve',
        'decline',
        'adopt',
        'fulfil'
    ]),
    message: z.optional(z.string().check(z.minLength(1), z.maxLength(2000)))
});
