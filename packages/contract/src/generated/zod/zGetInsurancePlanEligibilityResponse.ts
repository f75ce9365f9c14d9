// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zEligibility } from './zEligibility.js';

/**
 * 参保资格 Eligibility
 */
export const zGetInsurancePlanEligibilityResponse = zEligibility;
