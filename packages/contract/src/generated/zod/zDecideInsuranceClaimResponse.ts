// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaim } from './zInsuranceClaim.js';

/**
 * 决定后的申请 The decided claim
 */
export const zDecideInsuranceClaimResponse = zInsuranceClaim;
