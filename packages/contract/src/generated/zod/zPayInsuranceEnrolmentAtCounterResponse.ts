// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsurancePayment } from './zInsurancePayment.js';

/**
 * 已付款，参保生效 Paid; the enrolment is active
 */
export const zPayInsuranceEnrolmentAtCounterResponse = zInsurancePayment;
