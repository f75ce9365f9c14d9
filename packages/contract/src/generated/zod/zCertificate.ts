// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCertificateLevel } from './zCertificateLevel.js';

export const zCertificate = z.looseObject({
    name: z.string(),
    level: z.union([zCertificateLevel, z.string()]),
    number: z.string(),
    issuedOn: z.iso.date()
});
