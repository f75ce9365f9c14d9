// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zComponent } from './zComponent.js';
import { zLocale } from './zLocale.js';

export const zWidgetSession = z.looseObject({
    id: z.string(),
    clientToken: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    components: z.array(z.union([zComponent, z.string()])),
    locale: z.optional(z.union([zLocale, z.string()]))
});
