// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxScenario } from './zSandboxScenario.js';

export const zGetPrivacyNoticeHeaders = z.object({
    'Accept-Language': z.optional(z.string().check(z.maxLength(256))),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});
