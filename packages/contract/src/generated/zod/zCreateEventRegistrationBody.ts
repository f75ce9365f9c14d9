// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEventRegistrationCreate } from './zEventRegistrationCreate.js';

/**
 * 空对象（或不带请求体）；家庭活动可带同行家属 An empty object, or no body; a family event takes companions.
 */
export const zCreateEventRegistrationBody = zEventRegistrationCreate;
