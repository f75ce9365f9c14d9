// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * `partner`: the platform collected it and confirmed it (`POST /insurance-enrolments/{id}/payments`); `union_counter`: paid to the union directly.
 */
export const zPaymentMethod = z.enum(['partner', 'union_counter']);
