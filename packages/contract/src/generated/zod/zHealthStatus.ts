// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zHealthStatus = z.looseObject({
    status: z.literal('ok')
});
