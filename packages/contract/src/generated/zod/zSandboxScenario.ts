// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * Sandbox failure rehearsal: `rate_limited`, `server_error`, `timeout`, or `slow:<ms>` (0–30000).
 */
export const zSandboxScenario = z.string().check(z.regex(/^(rate_limited|server_error|timeout|slow:\d{1,5})$/));
