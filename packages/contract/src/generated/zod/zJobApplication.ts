// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zJobApplicationStatus } from './zJobApplicationStatus.js';

export const zJobApplication = z.looseObject({
    id: z.string(),
    jobPostingId: z.string(),
    status: z.union([zJobApplicationStatus, z.string()]),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
