// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zSandboxScenario } from './zSandboxScenario.js';

/**
 * 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
 *
 * Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
 */
export const zSandboxScenarioHeader = zSandboxScenario;
