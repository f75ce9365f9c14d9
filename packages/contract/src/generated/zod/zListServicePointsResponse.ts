// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zServicePointList } from './zServicePointList.js';

/**
 * 服务阵地列表 Service points
 */
export const zListServicePointsResponse = zServicePointList;
