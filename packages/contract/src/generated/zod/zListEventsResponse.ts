// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEventList } from './zEventList.js';

/**
 * 活动列表 Events
 */
export const zListEventsResponse = zEventList;
