// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zUploadedFile } from './zUploadedFile.js';

/**
 * 文件信息 The file's metadata
 */
export const zGetFileResponse = zUploadedFile;
