// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWorkerStatus } from './zWorkerStatus.js';

/**
 * 劳动者状态 Worker status
 */
export const zGetWorkerStatusResponse = zWorkerStatus;
