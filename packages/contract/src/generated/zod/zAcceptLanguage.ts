// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
 *
 * The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
 */
export const zAcceptLanguage = z.string().check(z.maxLength(256));
