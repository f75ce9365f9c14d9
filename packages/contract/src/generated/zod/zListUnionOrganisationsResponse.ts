// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zUnionOrganisationList } from './zUnionOrganisationList.js';

/**
 * 工会组织列表 Organisations
 */
export const zListUnionOrganisationsResponse = zUnionOrganisationList;
