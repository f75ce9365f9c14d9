// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 职业技能等级：五级/初级工 … 一级/高级技师。取证补贴按等级发放；下表为**沙箱数字**（分），不是上海市总工会公布的标准。
 *
 * Vocational skill level, level_5 (初级工) to level_1 (高级技师). The subsidy by level in `x-unionkit-subsidy-fen` is a **sandbox figure** in fen (¥500 … ¥3,000), not the union's published table.
 */
export const zCertificateLevel = z.enum([
    'level_5',
    'level_4',
    'level_3',
    'level_2',
    'level_1'
]);
