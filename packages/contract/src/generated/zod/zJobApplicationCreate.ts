// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsentGrant } from './zConsentGrant.js';

export const zJobApplicationCreate = z.strictObject({
    message: z.optional(z.string().check(z.maxLength(4000))),
    consents: z.array(zConsentGrant).check(z.minLength(1), z.maxLength(4))
});
