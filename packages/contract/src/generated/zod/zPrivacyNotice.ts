// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zNoticePurpose } from './zNoticePurpose.js';

export const zPrivacyNotice = z.looseObject({
    purpose: z.union([zNoticePurpose, z.string()]),
    version: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
    title: z.string(),
    body: z.string()
});
