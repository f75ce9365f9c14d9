// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zOrganisationKind } from './zOrganisationKind.js';

export const zListUnionOrganisationsQuery = z.strictObject({
    district: z.optional(zDistrictCode),
    kind: z.optional(zOrganisationKind),
    parentId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    acceptsMembers: z.optional(z.boolean()),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});
