// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEligibilityReason } from './zEligibilityReason.js';
import { zErrorCode } from './zErrorCode.js';
import { zFieldError } from './zFieldError.js';

/**
 * RFC 9457 problem details.
 */
export const zProblem = z.looseObject({
    type: z.url(),
    title: z.string(),
    status: z.int().check(z.gte(400), z.lte(599)),
    detail: z.optional(z.string()),
    code: z.union([zErrorCode, z.string()]),
    requestId: z.string(),
    errors: z.optional(z.array(zFieldError)),
    reasons: z.optional(z.array(z.union([zEligibilityReason, z.string()])))
});
