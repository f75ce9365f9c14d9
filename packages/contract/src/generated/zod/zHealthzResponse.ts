// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHealthStatus } from './zHealthStatus.js';

/**
 * 运行中 Running
 */
export const zHealthzResponse = zHealthStatus;
