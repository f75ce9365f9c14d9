// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEndpointWithSecret } from './zWebhookEndpointWithSecret.js';

/**
 * 已创建 Created
 */
export const zCreateWebhookEndpointResponse = zWebhookEndpointWithSecret;
