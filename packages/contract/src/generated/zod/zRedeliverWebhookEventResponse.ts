// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEvent } from './zWebhookEvent.js';

/**
 * 已重新投递 Redelivered
 */
export const zRedeliverWebhookEventResponse = zWebhookEvent;
