// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxScenario } from './zSandboxScenario.js';

export const zSetAllowedOriginsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});
