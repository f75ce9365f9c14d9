// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zFieldError = z.looseObject({
    path: z.string(),
    code: z.union([z.enum([
        'required',
        'invalid_type',
        'invalid_format',
        'invalid_checksum',
        'invalid_value',
        'too_small',
        'too_big',
        'unknown_field'
    ]), z.string()]),
    message: z.string()
});
