// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zCertificate = z.looseObject({
    name: z.string(),
    level: z.string() /* CertificateLevel or later */,
    number: z.string(),
    issuedOn: z.iso.date()
});
