// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 家庭活动接受的儿童年龄（含两端），按活动年份减出生年份计算。
 * The children's ages a family event takes, both ends included; a child's age is the event's year (Shanghai) minus the birth year.
 */
export const zChildAgeRange = z.looseObject({
    min: z.int().check(z.gte(0), z.lte(17)),
    max: z.int().check(z.gte(0), z.lte(17))
});
