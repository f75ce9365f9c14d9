// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zHelpTopic = z.enum([
    'wage_arrears',
    'work_injury',
    'account_deactivation',
    'penalties_and_ratings',
    'employment_status',
    'social_insurance',
    'traffic_accident',
    'other'
]);
