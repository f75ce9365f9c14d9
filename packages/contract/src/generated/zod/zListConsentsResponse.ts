// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsentList } from './zConsentList.js';

/**
 * 同意记录 Consents
 */
export const zListConsentsResponse = zConsentList;
