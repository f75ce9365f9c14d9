// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSandboxClockAdvance = z.strictObject({
    days: z.int().check(z.gte(1), z.lte(366))
});
