// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxClaimDecision } from './zSandboxClaimDecision.js';

export const zDecideInsuranceClaimBody = zSandboxClaimDecision;
