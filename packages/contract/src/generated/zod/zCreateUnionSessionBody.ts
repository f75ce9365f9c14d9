// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSmsVerificationCreate } from './zSmsVerificationCreate.js';

export const zCreateUnionSessionBody = zSmsVerificationCreate;
