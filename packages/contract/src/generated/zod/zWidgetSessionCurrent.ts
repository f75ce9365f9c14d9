// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * A client token's own session, without the token; `allowedOrigins` are the partner's registered origin patterns.
 */
export const zWidgetSessionCurrent = z.looseObject({
    id: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    components: z.array(z.string() /* Component or later */),
    locale: z.string() /* Locale or later */,
    allowedOrigins: z.array(z.string())
});
