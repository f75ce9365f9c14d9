// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zJobApplicationStatus } from './zJobApplicationStatus.js';

export const zJobApplication = z.object({
    id: z.string(),
    jobPostingId: z.string(),
    status: zJobApplicationStatus,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
