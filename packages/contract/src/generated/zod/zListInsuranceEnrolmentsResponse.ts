// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceEnrolmentList } from './zInsuranceEnrolmentList.js';

/**
 * 参保记录 Enrolments
 */
export const zListInsuranceEnrolmentsResponse = zInsuranceEnrolmentList;
