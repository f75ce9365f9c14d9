// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAppointmentList } from './zAppointmentList.js';

/**
 * 预约列表 Appointments
 */
export const zListAppointmentsResponse = zAppointmentList;
