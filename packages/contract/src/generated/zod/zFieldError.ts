// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zFieldError = z.looseObject({
    path: z.string(),
    code: z.string() /* 'required' | 'invalid_type' | 'invalid_format' | 'invalid_checksum' | 'invalid_value' | 'too_small' | 'too_big' | 'unknown_field' or later */,
    message: z.string()
});
