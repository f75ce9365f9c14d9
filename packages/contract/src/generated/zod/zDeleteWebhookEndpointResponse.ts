// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 已删除 Deleted
 */
export const zDeleteWebhookEndpointResponse = z.void();
