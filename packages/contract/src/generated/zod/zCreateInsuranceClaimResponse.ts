// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaim } from './zInsuranceClaim.js';

/**
 * 已提交 Submitted
 */
export const zCreateInsuranceClaimResponse = zInsuranceClaim;
