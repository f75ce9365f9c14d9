// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zStatCount } from './zStatCount.js';

export const zPartnerStatsRow = z.looseObject({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    district: z.string() /* DistrictCode or later */,
    membersJoined: zStatCount,
    enrolments: zStatCount,
    helpGiven: zStatCount
});
