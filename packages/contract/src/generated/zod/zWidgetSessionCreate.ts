// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zActivityAttestation } from './zActivityAttestation.js';
import { zComponent } from './zComponent.js';
import { zLocale } from './zLocale.js';

export const zWidgetSessionCreate = z.strictObject({
    workerRef: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_.:-]+$/)),
    components: z.array(zComponent).check(z.minLength(1)),
    locale: z.optional(zLocale),
    verifiedMobile: z.optional(z.string().check(z.regex(/^(\+86)?1[3-9]\d{9}$/))),
    attestation: z.optional(zActivityAttestation)
});
