// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxClockAdvance } from './zSandboxClockAdvance.js';

export const zAdvanceSandboxClockBody = zSandboxClockAdvance;
