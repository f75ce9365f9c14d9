// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 每页条数 Items per page.
 */
export const zPageLimit = z._default(z.int().check(z.gte(1), z.lte(100)), 20);
