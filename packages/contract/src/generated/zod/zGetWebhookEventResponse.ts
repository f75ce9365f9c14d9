// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEvent } from './zWebhookEvent.js';

/**
 * 事件 Event
 */
export const zGetWebhookEventResponse = zWebhookEvent;
