// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zUploadedFile } from './zUploadedFile.js';

/**
 * 已上传 Uploaded
 */
export const zCreateFileResponse = zUploadedFile;
