// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxClock } from './zSandboxClock.js';

/**
 * 新的当前时间 The new time
 */
export const zAdvanceSandboxClockResponse = zSandboxClock;
