// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEventRegistration } from './zEventRegistration.js';

/**
 * 已报名 Registered
 */
export const zCreateEventRegistrationResponse = zEventRegistration;
