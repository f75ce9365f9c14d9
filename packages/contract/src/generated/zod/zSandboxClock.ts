// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zSandboxClock = z.looseObject({
    now: z.iso.datetime({ offset: true })
});
