// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAppointment } from './zAppointment.js';

/**
 * 已取消 Cancelled
 */
export const zCancelAppointmentResponse = zAppointment;
