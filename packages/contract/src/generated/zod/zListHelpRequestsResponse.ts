// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequestList } from './zHelpRequestList.js';

/**
 * 求助列表 Help requests
 */
export const zListHelpRequestsResponse = zHelpRequestList;
