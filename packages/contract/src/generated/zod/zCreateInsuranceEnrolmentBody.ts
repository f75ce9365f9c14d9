// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsuranceEnrolmentCreate } from './zInsuranceEnrolmentCreate.js';

export const zCreateInsuranceEnrolmentBody = zInsuranceEnrolmentCreate;
