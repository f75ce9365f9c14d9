// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEventRegistrationCreate } from './zEventRegistrationCreate.js';

/**
 * 空对象，或不带请求体 An empty object, or no body.
 */
export const zCreateEventRegistrationBody = zEventRegistrationCreate;
