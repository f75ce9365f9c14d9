// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';
import { zClaimTimelineEntry } from './zClaimTimelineEntry.js';

export const zInsuranceClaim = z.looseObject({
    id: z.string(),
    enrolmentId: z.string(),
    planId: z.string(),
    benefit: z.string() /* ClaimBenefit or later */,
    status: z.string() /* ClaimStatus or later */,
    incidentDate: z.iso.date(),
    description: z.string(),
    hospitalDays: z.optional(z.int().check(z.gte(1))),
    evidenceFileIds: z.array(z.string()),
    decisionDueDate: z.iso.date(),
    approvedAmountFen: z.nullable(z.int().check(z.gte(0))),
    reason: z.nullable(z.string()),
    timeline: z.array(zClaimTimelineEntry),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});
