// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zIdempotencyKey } from './zIdempotencyKey.js';

/**
 * 幂等键：同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存。
 *
 * Same key and same request within 24 hours replays the first response; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again.
 */
export const zIdempotencyKeyHeader = zIdempotencyKey;
