// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaim } from './zInsuranceClaim.js';

/**
 * 已补充，重新审核 Added; back under review
 */
export const zAddInsuranceClaimDocumentsResponse = zInsuranceClaim;
