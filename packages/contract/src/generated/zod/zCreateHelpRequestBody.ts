// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequestCreate } from './zHelpRequestCreate.js';

/**
 * 求助类型及其字段 The type and its fields.
 */
export const zCreateHelpRequestBody = zHelpRequestCreate;
