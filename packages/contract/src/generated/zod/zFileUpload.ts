// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zFilePurpose } from './zFilePurpose.js';

/**
 * The parts of `POST /files` (multipart/form-data).
 */
export const zFileUpload = z.strictObject({
    file: z.string(),
    purpose: zFilePurpose
});
