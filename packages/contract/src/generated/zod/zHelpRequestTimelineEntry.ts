// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequestStatus } from './zHelpRequestStatus.js';

export const zHelpRequestTimelineEntry = z.looseObject({
    status: z.union([zHelpRequestStatus, z.string()]),
    at: z.iso.datetime({ offset: true }),
    note: z.optional(z.string())
});
