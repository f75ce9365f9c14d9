// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * The origin patterns a partner registered for its pages and apps.
 */
export const zAllowedOrigins = z.looseObject({
    origins: z.array(z.string())
});
