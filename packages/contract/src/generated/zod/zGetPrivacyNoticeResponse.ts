// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zPrivacyNotice } from './zPrivacyNotice.js';

/**
 * 告知全文 The notice
 */
export const zGetPrivacyNoticeResponse = zPrivacyNotice;
