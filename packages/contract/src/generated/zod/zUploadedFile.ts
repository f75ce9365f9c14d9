// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zUploadedFile = z.looseObject({
    id: z.string(),
    purpose: z.string() /* FilePurpose or later */,
    contentType: z.string() /* FileContentType or later */,
    size: z.int().check(z.gte(1)),
    createdAt: z.iso.datetime({ offset: true }),
    name: z.optional(z.string().check(z.maxLength(255)))
});
