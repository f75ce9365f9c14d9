// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSmsVerificationConfirm } from './zSmsVerificationConfirm.js';

export const zConfirmUnionSessionBody = zSmsVerificationConfirm;
