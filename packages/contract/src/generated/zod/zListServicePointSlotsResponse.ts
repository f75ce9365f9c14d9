// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSlotList } from './zSlotList.js';

/**
 * 当日时段 The day's slots
 */
export const zListServicePointSlotsResponse = zSlotList;
