// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

export const zInsurancePlan = z.looseObject({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.optional(z.string()),
    description: z.string(),
    benefits: z.array(z.looseObject({
        kind: z.string() /* BenefitKind or later */,
        label: z.optional(z.string()),
        maximumFen: z.int().check(z.gte(0))
    })),
    premiumFen: z.int().check(z.gte(0)),
    workerPaysFen: z.int().check(z.gte(0)),
    payer: z.string() /* PremiumPayer or later */,
    term: z.looseObject({
        start: z.iso.date(),
        end: z.iso.date()
    }),
    enrolmentWindow: z.looseObject({
        opensAt: z.iso.datetime({ offset: true }),
        closesAt: z.iso.datetime({ offset: true })
    }),
    eligibility: z.looseObject({
        membersOnly: z.boolean(),
        minAge: z.optional(z.int().check(z.gte(0))),
        maxAgeExclusive: z.int(),
        occupations: z.array(z.string() /* Occupation or later */),
        requiresActivityAttestation: z.boolean(),
        minActiveOrdersLast7Days: z.optional(z.int().check(z.gte(0)))
    })
});
