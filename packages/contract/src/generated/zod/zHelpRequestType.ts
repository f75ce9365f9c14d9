// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * 法律咨询、法律援助申请、劳动争议调解、维权投诉、建言献策、取证补贴、微心愿。`x-unionkit-confidential-types` never reach the platform's page (hosted mode); no help request reaches the platform in any form.
 */
export const zHelpRequestType = z.enum([
    'legal_consultation',
    'legal_aid',
    'mediation',
    'complaint',
    'suggestion',
    'skill_subsidy',
    'micro_wish'
]);
