// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zIdempotencyKey } from './zIdempotencyKey.js';
import { zSandboxScenario } from './zSandboxScenario.js';

export const zRedeliverWebhookEventHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});
