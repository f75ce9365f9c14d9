// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zPartnerStats } from './zPartnerStats.js';

/**
 * 统计 Report
 */
export const zGetPartnerStatsResponse = zPartnerStats;
