// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAppointmentCreate } from './zAppointmentCreate.js';

/**
 * 阵地与时段 The point and the slot.
 */
export const zCreateAppointmentBody = zAppointmentCreate;
