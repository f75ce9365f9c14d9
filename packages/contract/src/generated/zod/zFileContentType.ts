// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * A file's type, read from its first bytes (never its name or declared type).
 */
export const zFileContentType = z.enum([
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/pdf'
]);
