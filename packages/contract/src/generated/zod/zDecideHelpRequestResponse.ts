// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequest } from './zHelpRequest.js';

/**
 * 处理后的求助 The help request after the move
 */
export const zDecideHelpRequestResponse = zHelpRequest;
