// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zUnionOrganisation = z.looseObject({
    id: z.string(),
    name: z.string(),
    nameEn: z.optional(z.string()),
    kind: z.string() /* OrganisationKind or later */,
    parentId: z.nullable(z.string()),
    district: z.nullable(z.string() /* DistrictCode or later */),
    acceptsMembers: z.boolean(),
    platformIds: z.optional(z.array(z.string())),
    address: z.optional(z.string()),
    phone: z.optional(z.string()),
    suggested: z.boolean()
});
