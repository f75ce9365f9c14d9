// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsurancePaymentCreate } from './zInsurancePaymentCreate.js';

export const zCreateInsurancePaymentBody = zInsurancePaymentCreate;
