// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zDistrictCode } from './zDistrictCode.js';
import { zOrganisationKind } from './zOrganisationKind.js';

export const zUnionOrganisation = z.looseObject({
    id: z.string(),
    name: z.string(),
    nameEn: z.optional(z.string()),
    kind: z.union([zOrganisationKind, z.string()]),
    parentId: z.nullable(z.string()),
    district: z.nullable(z.union([zDistrictCode, z.string()])),
    acceptsMembers: z.boolean(),
    platformIds: z.optional(z.array(z.string())),
    address: z.optional(z.string()),
    phone: z.optional(z.string()),
    suggested: z.boolean()
});
