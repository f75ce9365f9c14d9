// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zJobPosting } from './zJobPosting.js';

/**
 * 岗位 Job posting
 */
export const zGetJobPostingResponse = zJobPosting;
