// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zFileContentType } from './zFileContentType.js';
import { zFilePurpose } from './zFilePurpose.js';

export const zUploadedFile = z.looseObject({
    id: z.string(),
    purpose: z.union([zFilePurpose, z.string()]),
    contentType: z.union([zFileContentType, z.string()]),
    size: z.int().check(z.gte(1)),
    createdAt: z.iso.datetime({ offset: true }),
    name: z.optional(z.string().check(z.maxLength(255)))
});
