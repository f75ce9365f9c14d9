// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zGetWebhookEventPath = z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});
