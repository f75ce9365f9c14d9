// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaim } from './zInsuranceClaim.js';

/**
 * 互助金申请 Claim
 */
export const zGetInsuranceClaimResponse = zInsuranceClaim;
