// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembershipApplication } from './zMembershipApplication.js';

/**
 * 审批后的申请 The decided application
 */
export const zDecideMembershipApplicationResponse = zMembershipApplication;
