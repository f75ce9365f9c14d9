// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zJobApplicationCreate } from './zJobApplicationCreate.js';

export const zCreateJobApplicationBody = zJobApplicationCreate;
