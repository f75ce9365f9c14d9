// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequest } from './zHelpRequest.js';

/**
 * 已发送 Sent
 */
export const zCreateHelpRequestMessageResponse = zHelpRequest;
