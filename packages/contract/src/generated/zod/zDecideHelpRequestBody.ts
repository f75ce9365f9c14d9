// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequestDecision } from './zHelpRequestDecision.js';

/**
 * 社工的处理 The social worker's move.
 */
export const zDecideHelpRequestBody = zHelpRequestDecision;
