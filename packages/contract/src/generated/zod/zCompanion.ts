// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCompanionRelation } from './zCompanionRelation.js';

export const zCompanion = z.strictObject({
    relation: zCompanionRelation,
    birthYear: z.int().check(z.gte(1900), z.lte(2100))
});
