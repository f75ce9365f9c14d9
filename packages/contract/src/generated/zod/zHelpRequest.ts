// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCertificate } from './zCertificate.js';
import { zContactPreference } from './zContactPreference.js';
import { zHelpCounterparty } from './zHelpCounterparty.js';
import { zHelpRequestMessage } from './zHelpRequestMessage.js';
import { zHelpRequestStatus } from './zHelpRequestStatus.js';
import { zHelpRequestTimelineEntry } from './zHelpRequestTimelineEntry.js';
import { zHelpRequestType } from './zHelpRequestType.js';
import { zHelpTopic } from './zHelpTopic.js';
import { zMicroWishCategory } from './zMicroWishCategory.js';

/**
 * A help request; the type's fields as filed (see `HelpRequestCreate`), its status, timeline and messages.
 */
export const zHelpRequest = z.looseObject({
    id: z.string(),
    type: z.union([zHelpRequestType, z.string()]),
    status: z.union([zHelpRequestStatus, z.string()]),
    reference: z.string().check(z.regex(/^QZ-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/)),
    topic: z.optional(z.union([zHelpTopic, z.string()])),
    counterparty: z.optional(z.union([zHelpCounterparty, z.string()])),
    description: z.optional(z.string()),
    contactPreference: z.optional(z.union([zContactPreference, z.string()])),
    appointmentId: z.optional(z.string()),
    anonymous: z.boolean(),
    certificate: z.optional(zCertificate),
    subsidyFen: z.optional(z.int()),
    category: z.optional(z.union([zMicroWishCategory, z.string()])),
    wish: z.optional(z.string()),
    valueFen: z.optional(z.int()),
    evidenceFileIds: z.array(z.string()),
    timeline: z.array(zHelpRequestTimelineEntry),
    messages: z.array(zHelpRequestMessage),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
