// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zStatCount } from './zStatCount.js';

export const zPartnerStatsRow = z.looseObject({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    district: z.union([zDistrictCode, z.string()]),
    membersJoined: zStatCount,
    enrolments: zStatCount,
    helpGiven: zStatCount
});
