// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWidgetSessionCurrent } from './zWidgetSessionCurrent.js';

/**
 * 当前会话 The current session
 */
export const zGetCurrentWidgetSessionResponse = zWidgetSessionCurrent;
