// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zMembershipApplicationCreate } from './zMembershipApplicationCreate.js';

export const zCreateMembershipApplicationBody = zMembershipApplicationCreate;
