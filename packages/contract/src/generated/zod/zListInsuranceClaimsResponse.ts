// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaimList } from './zInsuranceClaimList.js';

/**
 * 互助金申请 Claims
 */
export const zListInsuranceClaimsResponse = zInsuranceClaimList;
