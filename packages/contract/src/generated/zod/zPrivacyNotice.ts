// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zPrivacyNotice = z.looseObject({
    purpose: z.string() /* NoticePurpose or later */,
    version: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
    title: z.string(),
    body: z.string()
});
