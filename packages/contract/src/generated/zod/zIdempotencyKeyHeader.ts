// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zIdempotencyKey } from './zIdempotencyKey.js';

/**
 * 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
 *
 * Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
 */
export const zIdempotencyKeyHeader = zIdempotencyKey;
