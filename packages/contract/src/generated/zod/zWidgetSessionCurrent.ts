// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zComponent } from './zComponent.js';
import { zLocale } from './zLocale.js';

/**
 * A client token's own session, without the token; `allowedOrigins` are the partner's registered origin patterns.
 */
export const zWidgetSessionCurrent = z.looseObject({
    id: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    components: z.array(z.union([zComponent, z.string()])),
    locale: z.union([zLocale, z.string()]),
    allowedOrigins: z.array(z.string())
});
