// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceClaimCreate } from './zInsuranceClaimCreate.js';

export const zCreateInsuranceClaimBody = zInsuranceClaimCreate;
