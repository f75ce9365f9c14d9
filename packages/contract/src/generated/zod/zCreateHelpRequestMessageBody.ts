// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zHelpRequestMessageCreate } from './zHelpRequestMessageCreate.js';

/**
 * 留言 The message.
 */
export const zCreateHelpRequestMessageBody = zHelpRequestMessageCreate;
