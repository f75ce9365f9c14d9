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
 * Any string of 1–255 printable ASCII characters, e.g. a UUID. Scoped to the credential's subject; kept 24 hours.
 */
export const zIdempotencyKey = z.string().check(z.minLength(1), z.maxLength(255), z.regex(/^[\x20-\x7E]+$/));

/**
 * Sandbox failure rehearsal: `rate_limited`, `server_error`, `timeout`, or `slow:<ms>` (0–30000).
 */
export const zSandboxScenario = z.string().check(z.regex(/^(rate_limited|server_error|timeout|slow:\d{1,5})$/));

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 */
export const zWebhookSignature = z.string().check(z.regex(/^t=\d+,v1=[0-9a-f]{64}$/));

export const zHealthStatus = z.object({
    status: z.literal('ok')
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

export const zMembershipApplicationList = z.object({
    data: z.array(zMembershipApplication),
    nextCursor: zCursor
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
    errors: z.optional(z.array(zFieldError)),
    reasons: z.optional(z.array(zEligibilityReason))
});

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

/**
 * 每页条数 Items per page.
 */
export const zPageLimit = z._default(z.int().check(z.gte(1), z.lte(100)), 20);

/**
 * 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
 */
export const zPageCursor = z.string().check(z.minLength(1), z.maxLength(512));

/**
 * 幂等键：同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存。
 *
 * Same key and same request within 24 hours replays the first response; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again.
 */
export const zIdempotencyKeyHeader = zIdempotencyKey;

/**
 * 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
 *
 * Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
 */
export const zSandboxScenarioHeader = zSandboxScenario;

export const zCreateWidgetSessionBody = zWidgetSessionCreate;

export const zCreateWidgetSessionHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 已创建 Created
 */
export const zCreateWidgetSessionResponse = zWidgetSession;

export const zGetWorkerStatusHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetWorkerStatusPath = z.object({
    workerRef: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_.:-]+$/))
});

/**
 * 劳动者状态 Worker status
 */
export const zGetWorkerStatusResponse = zWorkerStatus;

export const zListWebhookEndpointsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListWebhookEndpointsQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 地址列表 Endpoints
 */
export const zListWebhookEndpointsResponse = zWebhookEndpointList;

export const zCreateWebhookEndpointBody = zWebhookEndpointCreate;

export const zCreateWebhookEndpointHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 已创建 Created
 */
export const zCreateWebhookEndpointResponse = zWebhookEndpointWithSecret;

export const zDeleteWebhookEndpointHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zDeleteWebhookEndpointPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已删除 Deleted
 */
export const zDeleteWebhookEndpointResponse = z.void();

export const zListUnionOrganisationsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListUnionOrganisationsQuery = z.object({
    district: z.optional(zDistrictCode),
    kind: z.optional(zOrganisationKind),
    parentId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    acceptsMembers: z.optional(z.boolean()),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 工会组织列表 Organisations
 */
export const zListUnionOrganisationsResponse = zUnionOrganisationList;

export const zCreateSmsVerificationBody = zSmsVerificationCreate;

export const zCreateSmsVerificationHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 已发送 Sent
 */
export const zCreateSmsVerificationResponse = zSmsVerification;

export const zConfirmSmsVerificationBody = zSmsVerificationConfirm;

export const zConfirmSmsVerificationHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zConfirmSmsVerificationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 校验结果 Result
 */
export const zConfirmSmsVerificationResponse = zSmsVerificationResult;

export const zListMembershipApplicationsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListMembershipApplicationsQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 入会申请列表 Applications
 */
export const zListMembershipApplicationsResponse = zMembershipApplicationList;

export const zCreateMembershipApplicationBody = zMembershipApplicationCreate;

export const zCreateMembershipApplicationHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 已提交 Submitted
 */
export const zCreateMembershipApplicationResponse = zMembershipApplication;

export const zGetMembershipApplicationHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetMembershipApplicationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 入会申请 Application
 */
export const zGetMembershipApplicationResponse = zMembershipApplication;

export const zWithdrawMembershipApplicationHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zWithdrawMembershipApplicationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已撤回 Withdrawn
 */
export const zWithdrawMembershipApplicationResponse = zMembershipApplication;

export const zGetMembershipHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 会员身份 Membership
 */
export const zGetMembershipResponse = zMembership;

export const zListInsurancePlansHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListInsurancePlansQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 保障计划列表 Plans
 */
export const zListInsurancePlansResponse = zInsurancePlanList;

export const zGetInsurancePlanEligibilityHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetInsurancePlanEligibilityPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 参保资格 Eligibility
 */
export const zGetInsurancePlanEligibilityResponse = zEligibility;

export const zListInsuranceEnrolmentsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListInsuranceEnrolmentsQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 参保记录 Enrolments
 */
export const zListInsuranceEnrolmentsResponse = zInsuranceEnrolmentList;

export const zCreateInsuranceEnrolmentBody = zInsuranceEnrolmentCreate;

export const zCreateInsuranceEnrolmentHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 已参保 Enrolled
 */
export const zCreateInsuranceEnrolmentResponse = zInsuranceEnrolment;

export const zGetInsuranceEnrolmentHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetInsuranceEnrolmentPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 参保记录 Enrolment
 */
export const zGetInsuranceEnrolmentResponse = zInsuranceEnrolment;

export const zCancelInsuranceEnrolmentHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zCancelInsuranceEnrolmentPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已取消 Cancelled
 */
export const zCancelInsuranceEnrolmentResponse = zInsuranceEnrolment;

export const zListServicePointsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListServicePointsQuery = z.object({
    near: z.optional(z.string().check(z.regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/))),
    radiusM: z.optional(z.int().check(z.gte(1), z.lte(50000))),
    types: z.optional(z.array(zServicePointType).check(z.minLength(1))),
    amenities: z.optional(z.array(zAmenity).check(z.minLength(1))),
    district: z.optional(zDistrictCode),
    openAt: z.optional(z.iso.datetime({ offset: true })),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 服务阵地列表 Service points
 */
export const zListServicePointsResponse = zServicePointList;

export const zGetServicePointHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetServicePointPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 服务阵地 Service point
 */
export const zGetServicePointResponse = zServicePoint;

export const zListEventsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListEventsQuery = z.object({
    category: z.optional(zEventCategory),
    from: z.optional(z.iso.datetime({ offset: true })),
    to: z.optional(z.iso.datetime({ offset: true })),
    district: z.optional(zDistrictCode),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 活动列表 Events
 */
export const zListEventsResponse = zEventList;

export const zGetEventHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetEventPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 活动 Event
 */
export const zGetEventResponse = zEvent;

export const zGetEventCalendarHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetEventCalendarPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * iCalendar 文件 iCalendar file
 */
export const zGetEventCalendarResponse = z.string();

/**
 * 空对象，或不带请求体 An empty object, or no body.
 */
export const zCreateEventRegistrationBody = zEventRegistrationCreate;

export const zCreateEventRegistrationHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zCreateEventRegistrationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已报名 Registered
 */
export const zCreateEventRegistrationResponse = zEventRegistration;

export const zListEventRegistrationsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListEventRegistrationsQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 报名列表 Registrations
 */
export const zListEventRegistrationsResponse = zEventRegistrationList;

export const zCancelEventRegistrationHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zCancelEventRegistrationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已取消 Cancelled
 */
export const zCancelEventRegistrationResponse = zEventRegistration;

export const zListJobPostingsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListJobPostingsQuery = z.object({
    q: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    occupation: z.optional(zOccupation),
    employmentType: z.optional(zEmploymentType),
    district: z.optional(zDistrictCode),
    salaryMin: z.optional(z.int().check(z.gte(0))),
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 岗位列表 Job postings
 */
export const zListJobPostingsResponse = zJobPostingList;

export const zGetJobPostingHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zGetJobPostingPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 岗位 Job posting
 */
export const zGetJobPostingResponse = zJobPosting;

export const zCreateJobApplicationBody = zJobApplicationCreate;

export const zCreateJobApplicationHeaders = z.object({
    'Idempotency-Key': z.optional(zIdempotencyKey),
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zCreateJobApplicationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已投递 Submitted
 */
export const zCreateJobApplicationResponse = zJobApplication;

export const zListJobApplicationsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListJobApplicationsQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 求职申请列表 Job applications
 */
export const zListJobApplicationsResponse = zJobApplicationList;

export const zWithdrawJobApplicationHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zWithdrawJobApplicationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已撤回 Withdrawn
 */
export const zWithdrawJobApplicationResponse = zJobApplication;

export const zListConsentsHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zListConsentsQuery = z.object({
    limit: z._default(z.optional(z.int().check(z.gte(1), z.lte(100))), 20),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512)))
});

/**
 * 同意记录 Consents
 */
export const zListConsentsResponse = zConsentList;

export const zWithdrawConsentHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zWithdrawConsentPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 已撤回 Withdrawn
 */
export const zWithdrawConsentResponse = zConsent;

export const zDecideMembershipApplicationBody = zSandboxDecision;

export const zDecideMembershipApplicationHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

export const zDecideMembershipApplicationPath = z.object({
    id: z.string().check(z.minLength(1), z.maxLength(64))
});

/**
 * 审批后的申请 The decided application
 */
export const zDecideMembershipApplicationResponse = zMembershipApplication;

export const zResetSandboxHeaders = z.object({
    'UnionKit-Sandbox-Scenario': z.optional(zSandboxScenario)
});

/**
 * 已重置 Reset
 */
export const zResetSandboxResponse = z.void();

/**
 * 运行中 Running
 */
export const zHealthzResponse = zHealthStatus;

export const zMemberStatusChangedWebhookRequest = z.object({
    body: zMemberStatusChangedEvent,
    path: z.optional(z.never()),
    query: z.optional(z.never()),
    headers: z.object({
        'UnionKit-Signature': zWebhookSignature
    })
});

export const zCoverageStatusChangedWebhookRequest = z.object({
    body: zCoverageStatusChangedEvent,
    path: z.optional(z.never()),
    query: z.optional(z.never()),
    headers: z.object({
        'UnionKit-Signature': zWebhookSignature
    })
});
