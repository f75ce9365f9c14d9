// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 已重置 Reset
 */
export const zResetSandboxResponse = z.void();
