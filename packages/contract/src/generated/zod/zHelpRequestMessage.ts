// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zHelpRequestMessage = z.looseObject({
    id: z.string(),
    from: z.string() /* 'worker' | 'social_worker' or later */,
    body: z.string(),
    fileIds: z.array(z.string()),
    createdAt: z.iso.datetime({ offset: true })
});
