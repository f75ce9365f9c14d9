// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zUnionSession } from './zUnionSession.js';

/**
 * 工会会话 The union session
 */
export const zConfirmUnionSessionResponse = zUnionSession;
