// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEventRegistration } from './zEventRegistration.js';

/**
 * 已取消 Cancelled
 */
export const zCancelEventRegistrationResponse = zEventRegistration;
