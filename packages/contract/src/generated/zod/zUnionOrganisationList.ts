// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCursor } from './zCursor.js';
import { zUnionOrganisation } from './zUnionOrganisation.js';

export const zUnionOrganisationList = z.looseObject({
    data: z.array(zUnionOrganisation),
    nextCursor: zCursor
});
