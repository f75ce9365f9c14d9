// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSmsVerificationResult } from './zSmsVerificationResult.js';

/**
 * 校验结果 Result
 */
export const zConfirmSmsVerificationResponse = zSmsVerificationResult;
