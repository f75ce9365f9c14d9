// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zFieldError } from './zFieldError.js';

/**
 * RFC 9457 problem details.
 */
export const zProblem = z.looseObject({
    type: z.url(),
    title: z.string(),
    status: z.int().check(z.gte(400), z.lte(599)),
    detail: z.optional(z.string()),
    code: z.string() /* ErrorCode or later */,
    requestId: z.string(),
    errors: z.optional(z.array(zFieldError)),
    reasons: z.optional(z.array(z.string() /* EligibilityReason or later */))
});
