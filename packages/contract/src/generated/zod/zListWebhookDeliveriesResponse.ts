// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookDeliveryAttemptList } from './zWebhookDeliveryAttemptList.js';

/**
 * 投递记录 Delivery attempts
 */
export const zListWebhookDeliveriesResponse = zWebhookDeliveryAttemptList;
