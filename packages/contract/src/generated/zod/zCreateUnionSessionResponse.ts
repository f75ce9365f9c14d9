// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSmsVerification } from './zSmsVerification.js';

/**
 * 验证码已发送 Code sent
 */
export const zCreateUnionSessionResponse = zSmsVerification;
