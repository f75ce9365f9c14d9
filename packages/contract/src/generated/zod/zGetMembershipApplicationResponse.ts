// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembershipApplication } from './zMembershipApplication.js';

/**
 * 入会申请 Application
 */
export const zGetMembershipApplicationResponse = zMembershipApplication;
