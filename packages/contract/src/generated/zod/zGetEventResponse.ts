// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEvent } from './zEvent.js';

/**
 * 活动 Event
 */
export const zGetEventResponse = zEvent;
