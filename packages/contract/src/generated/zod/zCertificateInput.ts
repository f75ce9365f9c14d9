// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCertificateLevel } from './zCertificateLevel.js';

export const zCertificateInput = z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    level: zCertificateLevel,
    number: z.string().check(z.minLength(4), z.maxLength(40), z.regex(/^[A-Za-z0-9-]+$/)),
    issuedOn: z.iso.date()
});
