// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * `affordable_housing` is 城市建设者管理者之家 (short stays) and 保障性租赁住房 (rental homes); only it carries `beds` and `monthlyRentFen`.
 */
export const zServicePointType = z.enum([
    'rest_station',
    'driver_home',
    'canteen',
    'community_dining',
    'mediation_room',
    'legal_aid',
    'health_check',
    'fitness',
    'affordable_housing'
]);
