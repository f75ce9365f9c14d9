// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zConsent } from './zConsent.js';
import { zCursor } from './zCursor.js';

export const zConsentList = z.looseObject({
    data: z.array(zConsent),
    nextCursor: zCursor
});
