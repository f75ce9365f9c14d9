// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zServicePoint } from './zServicePoint.js';

/**
 * 服务阵地 Service point
 */
export const zGetServicePointResponse = zServicePoint;
