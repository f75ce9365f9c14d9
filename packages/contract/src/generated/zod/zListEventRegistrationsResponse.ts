// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEventRegistrationList } from './zEventRegistrationList.js';

/**
 * 报名列表 Registrations
 */
export const zListEventRegistrationsResponse = zEventRegistrationList;
