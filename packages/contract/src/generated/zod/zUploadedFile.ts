// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zFileContentType } from './zFileContentType.js';
import { zFilePurpose } from './zFilePurpose.js';

export const zUploadedFile = z.object({
    id: z.string(),
    purpose: zFilePurpose,
    contentType: zFileContentType,
    size: z.int().check(z.gte(1)),
    createdAt: z.iso.datetime({ offset: true }),
    name: z.optional(z.string().check(z.maxLength(255)))
});
