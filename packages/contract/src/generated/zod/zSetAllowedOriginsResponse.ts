// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAllowedOrigins } from './zAllowedOrigins.js';

/**
 * 已登记 Registered
 */
export const zSetAllowedOriginsResponse = zAllowedOrigins;
