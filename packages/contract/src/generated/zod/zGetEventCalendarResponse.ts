// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * iCalendar 文件 iCalendar file
 */
export const zGetEventCalendarResponse = z.string();
