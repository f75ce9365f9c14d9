// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zContactPreference = z.enum(['phone_call', 'in_person']);
