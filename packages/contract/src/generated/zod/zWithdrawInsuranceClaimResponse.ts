// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaim } from './zInsuranceClaim.js';

/**
 * 已撤回 Withdrawn
 */
export const zWithdrawInsuranceClaimResponse = zInsuranceClaim;
