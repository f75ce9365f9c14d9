// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxDecision } from './zSandboxDecision.js';

export const zDecideMembershipApplicationBody = zSandboxDecision;
