// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEndpointList } from './zWebhookEndpointList.js';

/**
 * 地址列表 Endpoints
 */
export const zListWebhookEndpointsResponse = zWebhookEndpointList;
