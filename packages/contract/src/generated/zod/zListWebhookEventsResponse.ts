// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEventList } from './zWebhookEventList.js';

/**
 * 事件列表 Events
 */
export const zListWebhookEventsResponse = zWebhookEventList;
