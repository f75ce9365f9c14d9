// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceEnrolment } from './zInsuranceEnrolment.js';

/**
 * 已参保 Enrolled
 */
export const zCreateInsuranceEnrolmentResponse = zInsuranceEnrolment;
