// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceEnrolment } from './zInsuranceEnrolment.js';

/**
 * 参保记录 Enrolment
 */
export const zGetInsuranceEnrolmentResponse = zInsuranceEnrolment;
