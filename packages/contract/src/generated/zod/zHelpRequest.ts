// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zCertificate } from './zCertificate.js';
import { zHelpRequestMessage } from './zHelpRequestMessage.js';
import { zHelpRequestTimelineEntry } from './zHelpRequestTimelineEntry.js';

/**
 * A help request; the type's fields as filed (see `HelpRequestCreate`), its status, timeline and messages.
 */
export const zHelpRequest = z.looseObject({
    id: z.string(),
    type: z.string() /* HelpRequestType or later */,
    status: z.string() /* HelpRequestStatus or later */,
    reference: z.string().check(z.regex(/^QZ-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/)),
    topic: z.optional(z.string() /* HelpTopic or later */),
    counterparty: z.optional(z.string() /* HelpCounterparty or later */),
    description: z.optional(z.string()),
    contactPreference: z.optional(z.string() /* ContactPreference or later */),
    appointmentId: z.optional(z.string()),
    anonymous: z.boolean(),
    certificate: z.optional(zCertificate),
    subsidyFen: z.optional(z.int()),
    category: z.optional(z.string() /* MicroWishCategory or later */),
    wish: z.optional(z.string()),
    valueFen: z.optional(z.int()),
    evidenceFileIds: z.array(z.string()),
    timeline: z.array(zHelpRequestTimelineEntry),
    messages: z.array(zHelpRequestMessage),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
