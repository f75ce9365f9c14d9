// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
 */
export const zPageCursor = z.string().check(z.minLength(1), z.maxLength(512));
