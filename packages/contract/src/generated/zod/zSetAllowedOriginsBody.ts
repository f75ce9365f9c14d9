// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zAllowedOriginsUpdate } from './zAllowedOriginsUpdate.js';

export const zSetAllowedOriginsBody = zAllowedOriginsUpdate;
