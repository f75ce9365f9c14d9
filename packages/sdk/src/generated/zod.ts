// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

import * as z from 'zod/mini';

/**
 * Stable machine code of a problem. New codes may be added; existing ones never change meaning.
 */
export const zErrorCode = z.enum([
    'invalid_json',
    'unsupported_media_type',
    'validation_failed',
    'unauthenticated',
    'token_expired',
    'secret_key_in_browser',
    'origin_not_allowed',
    'forbidden_scope',
    'not_found',
    'method_not_allowed',
    'idempotency_key_reused',
    'request_in_progress',
    'rate_limited',
    'server_error',
    'timeout',
    'sms_code_invalid',
    'sms_verification_expired',
    'sms_attempts_exceeded',
    'mobile_not_verified',
    'consent_required',
    'notice_version_outdated',
    'already_member',
    'application_already_open',
    'not_a_member',
    'invalid_state',
    'not_eligible',
    'already_enrolled',
    'already_registered',
    'event_full',
    'registration_closed',
    'members_only',
    'already_applied',
    'job_posting_expired',
    'consent_already_withdrawn'
]);

export const zFieldError = z.object({
    path: z.string(),
    code: z.enum([
        'required',
        'invalid_type',
        'invalid_format',
        'invalid_checksum',
        'invalid_value',
        'too_small',
        'too_big',
        'unknown_field'
    ]),
    message: z.string()
});

/**
 * RFC 9457 problem details.
 */
export const zProblem = z.object({
    type: z.url(),
    title: z.string(),
    status: z.int().check(z.gte(400), z.lte(599)),
    detail: z.optional(z.string()),
    code: zErrorCode,
    requestId: z.string(),
    errors: z.optional(z.array(zFieldError))
});

/**
 * Opaque cursor of the next page; `null` on the last page.
 */
export const zCursor = z.nullable(z.string());

/**
 * GB/T 2260 code of one of Shanghai's 16 districts.
 */
export const zDistrictCode = z.enum([
    '310101',
    '310104',
    '310105',
    '310106',
    '310107',
    '310109',
    '310110',
    '310112',
    '310113',
    '310114',
    '310115',
    '310116',
    '310117',
    '310118',
    '310120',
    '310151'
]);

export const zOccupation = z.enum([
    'food_delivery_rider',
    'ride_hailing_driver',
    'courier',
    'truck_driver',
    'domestic_care_worker',
    'digital_content_creator',
    'other'
]);

export const zLocale = z.enum(['zh-CN', 'en']);

export const zComponent = z.enum([
    'membership',
    'insurance',
    'service_map',
    'events',
    'jobs'
]);

export const zConsentPurpose = z.enum([
    'membership_processing',
    'sensitive_id_number',
    'share_status_with_platform',
    'job_application_sharing'
]);

export const zConsentGrant = z.object({
    purpose: zConsentPurpose,
    noticeVersion: z.string().check(z.regex(/^\d{4}-\d{2}$/))
});

/**
 * WGS-84 coordinates.
 */
export const zGeoPoint = z.object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lng: z.number().check(z.gte(-180), z.lte(180))
});

export const zActivityAttestation = z.object({
    activeOrdersLast7Days: z.int().check(z.gte(0))
});

export const zWidgetSessionCreate = z.object({
    workerRef: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_.:-]+$/)),
    components: z.array(zComponent).check(z.minLength(1)),
    locale: z.optional(zLocale),
    verifiedMobile: z.optional(z.string().check(z.regex(/^(\+86)?1[3-9]\d{9}$/))),
    attestation: z.optional(zActivityAttestation)
});

export const zWidgetSession = z.object({
    id: z.string(),
    clientToken: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    components: z.array(zComponent),
    locale: z.optional(zLocale)
});

export const zMembershipStatus = z.enum([
    'active',
    'transfer_pending',
    'lapsed',
    'left'
]);

export const zEnrolmentStatus = z.enum([
    'pending_review',
    'awaiting_payment',
    'active',
    'expired',
    'rejected',
    'cancelled'
]);

export const zCoverageSummary = z.object({
    planId: z.string(),
    status: zEnrolmentStatus,
    coverageEnd: z.nullable(z.iso.date())
});

/**
 * What the platform may learn, only when the worker consented to `share_status_with_platform`. Without that consent `shared` is false and nothing else is told.
 */
export const zWorkerStatus = z.object({
    workerRef: z.string(),
    shared: z.boolean(),
    membership: z.nullable(z.object({
        status: zMembershipStatus,
        since: z.iso.date()
    })),
    coverage: z.array(zCoverageSummary)
});

export const zWebhookEventType = z.enum(['member.status_changed', 'coverage.status_changed']);

export const zWebhookEndpointCreate = z.object({
    url: z.url().check(z.regex(/^https?:\/\//)),
    events: z.array(zWebhookEventType).check(z.minLength(1))
});

export const zWebhookEndpoint = z.object({
    id: z.string(),
    url: z.string(),
    events: z.array(zWebhookEventType),
    createdAt: z.iso.datetime({ offset: true })
});

export const zWebhookEndpointWithSecret = z.intersection(zWebhookEndpoint, z.object({
    secret: z.string()
}));

export const zWebhookEndpointList = z.object({
    data: z.array(zWebhookEndpoint),
    nextCursor: zCursor
});

export const zMemberStatusChangedEvent = z.object({
    id: z.string(),
    type: z.literal('member.status_changed'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.object({
        workerRef: z.string(),
        status: zMembershipStatus,
        since: z.iso.date()
    })
});

export const zCoverageStatusChangedEvent = z.object({
    id: z.string(),
    type: z.literal('coverage.status_changed'),
    createdAt: z.iso.datetime({ offset: true }),
    data: z.object({
        workerRef: z.string(),
        enrolmentId: z.string(),
        planId: z.string(),
        status: zEnrolmentStatus,
        coverageStart: z.nullable(z.iso.date()),
        coverageEnd: z.nullable(z.iso.date())
    })
});

export const zOrganisationKind = z.enum([
    'municipal',
    'district',
    'industry',
    'street',
    'town',
    'park',
    'platform_enterprise',
    'joint'
]);

export const zUnionOrganisation = z.object({
    id: z.string(),
    name: z.string(),
    nameEn: z.optional(z.string()),
    kind: zOrganisationKind,
    parentId: z.nullable(z.string()),
    district: z.nullable(zDistrictCode),
    acceptsMembers: z.boolean(),
    platformIds: z.optional(z.array(z.string())),
    address: z.optional(z.string()),
    phone: z.optional(z.string()),
    suggested: z.boolean()
});

export const zUnionOrganisationList = z.object({
    data: z.array(zUnionOrganisation),
    nextCursor: zCursor
});

export const zSmsVerificationCreate = z.object({
    mobile: z.string().check(z.regex(/^(\+86)?1[3-9]\d{9}$/))
});

export const zSmsVerification = z.object({
    id: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    mobileMasked: z.optional(z.string())
});

export const zSmsVerificationConfirm = z.object({
    code: z.string().check(z.regex(/^\d{6}$/))
});

export const zSmsVerificationResult = z.object({
    id: z.string(),
    verified: z.boolean(),
    attemptsRemaining: z.optional(z.int().check(z.gte(0)))
});

export const zMembershipApplicationStatus = z.enum([
    'submitted',
    'under_review',
    'approved',
    'rejected',
    'needs_info',
    'withdrawn'
]);

export const zMembershipApplicationCreate = z.object({
    fullName: z.string().check(z.minLength(2), z.maxLength(40)),
    residentIdNumber: z.string().check(z.regex(/^\d{17}[\dX]$/)),
    mobile: z.string().check(z.regex(/^(\+86)?1[3-9]\d{9}$/)),
    smsVerificationId: z.optional(z.string()),
    occupation: zOccupation,
    workDistrict: zDistrictCode,
    organisationId: z.string(),
    charterAccepted: z.literal(true),
    consents: z.array(zConsentGrant).check(z.maxLength(4))
});

export const zMembershipApplication = z.object({
    id: z.string(),
    status: zMembershipApplicationStatus,
    occupation: zOccupation,
    workDistrict: zDistrictCode,
    organisationId: z.string(),
    contactDueDate: z.iso.date(),
    submittedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    decisionNote: z.nullish(z.string()),
    applicant: z.object({
        fullName: z.string(),
        residentIdNumberMasked: z.string(),
        mobileMasked: z.string(),
        birthDate: z.iso.date(),
        sex: z.enum(['female', 'male'])
    })
});

export const zMembership = z.object({
    memberNumber: z.string(),
    organisationId: z.string(),
    since: z.iso.date(),
    status: zMembershipStatus
});

export const zSandboxDecision = z.object({
    decision: z.enum([
        'approve',
        'reject',
        'needs_info'
    ]),
    note: z.optional(z.string().check(z.maxLength(200)))
});

export const zBenefitKind = z.enum([
    'accident',
    'inpatient_day',
    'critical_illness',
    'death_disability'
]);

export const zPremiumPayer = z.enum([
    'self',
    'union_subsidy',
    'platform'
]);

export const zInsurancePlan = z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.optional(z.string()),
    description: z.string(),
    benefits: z.array(z.object({
        kind: zBenefitKind,
        maximumFen: z.int().check(z.gte(0))
    })),
    premiumFen: z.int().check(z.gte(0)),
    workerPaysFen: z.int().check(z.gte(0)),
    payer: zPremiumPayer,
    term: z.object({
        start: z.iso.date(),
        end: z.iso.date()
    }),
    enrolmentWindow: z.object({
        opensAt: z.iso.datetime({ offset: true }),
        closesAt: z.iso.datetime({ offset: true })
    }),
    eligibility: z.object({
        membersOnly: z.boolean(),
        maxAgeExclusive: z.int(),
        occupations: z.array(zOccupation),
        requiresActivityAttestation: z.boolean(),
        minActiveOrdersLast7Days: z.optional(z.int().check(z.gte(0)))
    })
});

export const zInsurancePlanList = z.object({
    data: z.array(zInsurancePlan),
    nextCursor: zCursor
});

export const zEligibilityReason = z.enum([
    'not_a_member',
    'age_limit',
    'occupation_not_covered',
    'activity_not_attested',
    'already_enrolled',
    'enrolment_closed'
]);

export const zEligibility = z.object({
    planId: z.string(),
    eligible: z.boolean(),
    reasons: z.array(zEligibilityReason)
});

export const zInsuranceEnrolmentCreate = z.object({
    planId: z.string(),
    consents: z.optional(z.array(zConsentGrant).check(z.maxLength(4)))
});

export const zInsuranceEnrolment = z.object({
    id: z.string(),
    planId: z.string(),
    status: zEnrolmentStatus,
    coverageStart: z.nullable(z.iso.date()),
    coverageEnd: z.nullable(z.iso.date()),
    workerPaysFen: z.int().check(z.gte(0)),
    certificate: z.nullable(z.object({
        number: z.string(),
        issuedAt: z.iso.datetime({ offset: true })
    })),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});

export const zInsuranceEnrolmentList = z.object({
    data: z.array(zInsuranceEnrolment),
    nextCursor: zCursor
});

export const zServicePointType = z.enum([
    'rest_station',
    'driver_home',
    'canteen',
    'community_dining',
    'mediation_room',
    'legal_aid',
    'health_check',
    'fitness'
]);

export const zAmenity = z.enum([
    'air_conditioning',
    'fridge',
    'microwave',
    'hot_water',
    'phone_charging',
    'ebike_charging',
    'seating',
    'toilet',
    'wifi',
    'first_aid',
    'blood_pressure_monitor',
    'shower',
    'laundry',
    'truck_parking'
]);

/**
 * Local time `HH:MM` (Asia/Shanghai); `24:00` closes at midnight.
 */
export const zTimeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

export const zTimeInterval = z.object({
    opens: zTimeOfDay,
    closes: zTimeOfDay
});

export const zOpeningHours = z.object({
    open24Hours: z.boolean(),
    weekly: z.array(z.object({
        day: z.int().check(z.gte(1), z.lte(7)),
        intervals: z.array(zTimeInterval)
    })),
    closures: z.array(z.object({
        from: z.iso.date(),
        to: z.iso.date(),
        reason: z.string()
    }))
});

export const zMealOffer = z.object({
    title: z.string(),
    priceFen: z.int().check(z.gte(0)),
    windows: z.array(zTimeInterval)
});

export const zServicePointStatus = z.enum(['operating', 'temporarily_closed']);

export const zServicePoint = z.object({
    id: z.string(),
    type: zServicePointType,
    name: z.string(),
    address: z.string(),
    district: zDistrictCode,
    location: zGeoPoint,
    openingHours: zOpeningHours,
    amenities: z.array(zAmenity),
    mealOffers: z.array(zMealOffer),
    phone: z.nullable(z.string()),
    status: zServicePointStatus,
    distanceM: z.optional(z.int().check(z.gte(0))),
    openNow: z.optional(z.boolean())
});

export const zServicePointList = z.object({
    data: z.array(zServicePoint),
    nextCursor: zCursor
});

export const zEventCategory = z.enum([
    'legal',
    'culture',
    'sport',
    'health',
    'matchmaking',
    'family',
    'skills'
]);

export const zVenue = z.object({
    name: z.string(),
    address: z.string(),
    district: zDistrictCode,
    location: z.optional(zGeoPoint)
});

export const zEvent = z.object({
    id: z.string(),
    category: zEventCategory,
    title: z.string(),
    description: z.string(),
    venue: zVenue,
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    capacity: z.int().check(z.gte(1)),
    placesLeft: z.int().check(z.gte(0)),
    waitlistCount: z.int().check(z.gte(0)),
    registrationOpensAt: z.iso.datetime({ offset: true }),
    registrationClosesAt: z.iso.datetime({ offset: true }),
    membersOnly: z.boolean(),
    waitlistEnabled: z.boolean(),
    organiserId: z.optional(z.string())
});

export const zEventList = z.object({
    data: z.array(zEvent),
    nextCursor: zCursor
});

export const zEventRegistrationCreate = z.record(z.string(), z.never());

export const zRegistrationStatus = z.enum([
    'confirmed',
    'waitlisted',
    'cancelled'
]);

export const zEventRegistration = z.object({
    id: z.string(),
    eventId: z.string(),
    status: zRegistrationStatus,
    waitlistPosition: z.nullable(z.int().check(z.gte(1))),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});

export const zEventRegistrationList = z.object({
    data: z.array(zEventRegistration),
    nextCursor: zCursor
});

export const zEmploymentType = z.enum([
    'full_time',
    'part_time',
    'gig'
]);

export const zJobPosting = z.object({
    id: z.string(),
    title: z.string(),
    employer: z.string(),
    occupation: zOccupation,
    employmentType: zEmploymentType,
    district: zDistrictCode,
    salaryMinFen: z.int().check(z.gte(0)),
    salaryMaxFen: z.int().check(z.gte(0)),
    description: z.string(),
    requirements: z.array(z.string()),
    benefits: z.array(z.string()),
    postedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    source: z.enum(['huipin_shanghai', 'union_partner'])
});

export const zJobPostingList = z.object({
    data: z.array(zJobPosting),
    nextCursor: zCursor
});

export const zJobApplicationCreate = z.object({
    message: z.optional(z.string().check(z.maxLength(500))),
    consents: z.array(zConsentGrant).check(z.minLength(1), z.maxLength(4))
});

export const zJobApplicationStatus = z.enum([
    'submitted',
    'viewed',
    'interview',
    'hired',
    'rejected',
    'withdrawn'
]);

export const zJobApplication = z.object({
    id: z.string(),
    jobPostingId: z.string(),
    status: zJobApplicationStatus,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true })
});

export const zJobApplicationList = z.object({
    data: z.array(zJobApplication),
    nextCursor: zCursor
});

export const zConsent = z.object({
    id: z.string(),
    purpose: zConsentPurpose,
    noticeVersion: z.string(),
    grantedAt: z.iso.datetime({ offset: true }),
    withdrawnAt: z.nullable(z.iso.datetime({ offset: true })),
    subjectId: z.optional(z.string())
});

export const zConsentList = z.object({
    data: z.array(zConsent),
    nextCursor: zCursor
});
