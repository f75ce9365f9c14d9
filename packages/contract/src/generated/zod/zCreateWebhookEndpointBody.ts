// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWebhookEndpointCreate } from './zWebhookEndpointCreate.js';

export const zCreateWebhookEndpointBody = zWebhookEndpointCreate;
