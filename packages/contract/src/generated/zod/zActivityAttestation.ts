// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zActivityAttestation = z.strictObject({
    activeOrdersLast7Days: z.int().check(z.gte(0))
});
