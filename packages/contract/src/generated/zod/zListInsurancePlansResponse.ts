// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zInsurancePlanList } from './zInsurancePlanList.js';

/**
 * 保障计划列表 Plans
 */
export const zListInsurancePlansResponse = zInsurancePlanList;
