// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCertificateLevel } from './zCertificateLevel.js';

export const zCertificate = z.object({
    name: z.string(),
    level: zCertificateLevel,
    number: z.string(),
    issuedOn: z.iso.date()
});
