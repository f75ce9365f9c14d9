// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaimDocuments } from './zInsuranceClaimDocuments.js';

export const zAddInsuranceClaimDocumentsBody = zInsuranceClaimDocuments;
