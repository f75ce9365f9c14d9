// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembershipApplicationList } from './zMembershipApplicationList.js';

/**
 * 入会申请列表 Applications
 */
export const zListMembershipApplicationsResponse = zMembershipApplicationList;
