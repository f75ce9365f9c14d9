// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zJobPostingList } from './zJobPostingList.js';

/**
 * 岗位列表 Job postings
 */
export const zListJobPostingsResponse = zJobPostingList;
