// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zJobApplicationList } from './zJobApplicationList.js';

/**
 * 求职申请列表 Job applications
 */
export const zListJobApplicationsResponse = zJobApplicationList;
