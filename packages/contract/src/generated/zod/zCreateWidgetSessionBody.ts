// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zWidgetSessionCreate } from './zWidgetSessionCreate.js';

export const zCreateWidgetSessionBody = zWidgetSessionCreate;
