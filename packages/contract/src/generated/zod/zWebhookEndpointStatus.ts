// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * `active`：最近一次投递成功或尚无投递；`failing`：连续 5 次尝试失败或有事件 72 小时内未送达，仍照常投递和重试（不会被停用），下一次成功后回到 `active`。 `active`: the latest attempt succeeded or none was made; `failing`: 5 attempts in a row failed or an event was not delivered within 72 hours. A failing endpoint still gets every delivery and retry (it is never disabled) and is `active` again after the next success.
 */
export const zWebhookEndpointStatus = z.enum(['active', 'failing']);
