// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zFileUpload } from './zFileUpload.js';

export const zCreateFileBody = zFileUpload;
