// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * Opaque cursor of the next page; `null` on the last page.
 */
export const zCursor = z.nullable(z.string());
