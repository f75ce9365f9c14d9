// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zJobApplication = z.looseObject({
    id: z.string(),
    jobPostingId: z.string(),
    status: z.string() /* JobApplicationStatus or later */,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
