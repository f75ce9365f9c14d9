// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * What a file is evidence of — `claim_evidence` (a claim), `legal_evidence` (a help request), `certificate` (a skill-subsidy certificate scan).
 */
export const zFilePurpose = z.enum([
    'claim_evidence',
    'legal_evidence',
    'certificate'
]);
