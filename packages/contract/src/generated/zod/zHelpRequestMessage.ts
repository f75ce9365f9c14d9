// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zHelpRequestMessage = z.object({
    id: z.string(),
    from: z.enum(['worker', 'social_worker']),
    body: z.string(),
    fileIds: z.array(z.string()),
    createdAt: z.iso.datetime({ offset: true })
});
