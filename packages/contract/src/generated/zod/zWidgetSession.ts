// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zWidgetSession = z.looseObject({
    id: z.string(),
    clientToken: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    components: z.array(z.string() /* Component or later */),
    locale: z.optional(z.string() /* Locale or later */)
});
