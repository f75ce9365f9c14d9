// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * Any string of 1–255 printable ASCII characters, e.g. a UUID. Scoped to the credential's subject; kept 24 hours.
 */
export const zIdempotencyKey = z.string().check(z.minLength(1), z.maxLength(255), z.regex(/^[\x20-\x7E]+$/));
