// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAllowedOrigins } from './zAllowedOrigins.js';

/**
 * 登记的来源 Registered origins
 */
export const zGetAllowedOriginsResponse = zAllowedOrigins;
