// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembership } from './zMembership.js';

/**
 * 会员身份 Membership
 */
export const zGetMembershipResponse = zMembership;
