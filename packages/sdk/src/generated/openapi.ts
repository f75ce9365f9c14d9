// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.
/* eslint-disable */
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Stable machine code of a problem. New codes may be added; existing ones never change meaning.
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "unsupported_media_type" | "validation_failed" | "unauthenticated" | "token_expired" | "secret_key_in_browser" | "origin_not_allowed" | "forbidden_scope" | "not_found" | "method_not_allowed" | "idempotency_key_reused" | "request_in_progress" | "rate_limited" | "server_error" | "timeout" | "sms_code_invalid" | "sms_verification_expired" | "sms_attempts_exceeded" | "mobile_not_verified" | "consent_required" | "notice_version_outdated" | "already_member" | "application_already_open" | "not_a_member" | "invalid_state" | "not_eligible" | "already_enrolled" | "already_registered" | "event_full" | "registration_closed" | "members_only" | "already_applied" | "job_posting_expired" | "consent_already_withdrawn";
        FieldError: {
            /** @description JSON Pointer-like dotted path of the field, e.g. `residentIdNumber` or `consents.0.purpose`. */
            path: string;
            /** @enum {string} */
            code: "required" | "invalid_type" | "invalid_format" | "invalid_checksum" | "invalid_value" | "too_small" | "too_big" | "unknown_field";
            message: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: components["schemas"]["ErrorCode"];
            requestId: string;
            errors?: components["schemas"]["FieldError"][];
        };
        /** @description Opaque cursor of the next page; `null` on the last page. */
        Cursor: string | null;
        /**
         * @description GB/T 2260 code of one of Shanghai's 16 districts.
         * @enum {string}
         */
        DistrictCode: "310101" | "310104" | "310105" | "310106" | "310107" | "310109" | "310110" | "310112" | "310113" | "310114" | "310115" | "310116" | "310117" | "310118" | "310120" | "310151";
        /** @enum {string} */
        Occupation: "food_delivery_rider" | "ride_hailing_driver" | "courier" | "truck_driver" | "domestic_care_worker" | "digital_content_creator" | "other";
        /** @enum {string} */
        Locale: "zh-CN" | "en";
        /** @enum {string} */
        Component: "membership" | "insurance" | "service_map" | "events" | "jobs";
        /** @enum {string} */
        ConsentPurpose: "membership_processing" | "sensitive_id_number" | "share_status_with_platform" | "job_application_sharing";
        ConsentGrant: {
            purpose: components["schemas"]["ConsentPurpose"];
            /** @description Version of the privacy notice the worker saw; the current one is `2026-11`. */
            noticeVersion: string;
        };
        /** @description WGS-84 coordinates. */
        GeoPoint: {
            lat: number;
            lng: number;
        };
        ActivityAttestation: {
            activeOrdersLast7Days: number;
        };
        WidgetSessionCreate: {
            /** @description The partner's own opaque reference for the worker. Never a name, ID number or mobile. */
            workerRef: string;
            components: components["schemas"]["Component"][];
            locale?: components["schemas"]["Locale"];
            /** @description A mobile the platform has already verified; the worker then needs no SMS code for it. */
            verifiedMobile?: string;
            attestation?: components["schemas"]["ActivityAttestation"];
        };
        WidgetSession: {
            id: string;
            /** @description Client token `wst_…` for the browser. */
            clientToken: string;
            /** Format: date-time */
            expiresAt: string;
            components: components["schemas"]["Component"][];
            locale?: components["schemas"]["Locale"];
        };
        /** @enum {string} */
        MembershipStatus: "active" | "transfer_pending" | "lapsed" | "left";
        /** @enum {string} */
        EnrolmentStatus: "pending_review" | "awaiting_payment" | "active" | "expired" | "rejected" | "cancelled";
        /** @description What the platform may learn, only when the worker consented to `share_status_with_platform`. Without that consent `shared` is false and nothing else is told. */
        WorkerStatus: {
            workerRef: string;
            shared: boolean;
            membership: null | {
                status: components["schemas"]["MembershipStatus"];
                /** Format: date */
                since: string;
            };
            coverage: components["schemas"]["CoverageSummary"][];
        };
        CoverageSummary: {
            planId: string;
            status: components["schemas"]["EnrolmentStatus"];
            /** Format: date */
            coverageEnd: string | null;
        };
        /** @enum {string} */
        WebhookEventType: "member.status_changed" | "coverage.status_changed";
        WebhookEndpointCreate: {
            /** Format: uri */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
        };
        WebhookEndpoint: {
            id: string;
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: date-time */
            createdAt: string;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description Signing secret `whsec_…`, shown only at creation. */
            secret: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        MemberStatusChangedEvent: {
            id: string;
            /** @constant */
            type: "member.status_changed";
            /** Format: date-time */
            createdAt: string;
            data: {
                workerRef: string;
                status: components["schemas"]["MembershipStatus"];
                /** Format: date */
                since: string;
            };
        };
        CoverageStatusChangedEvent: {
            id: string;
            /** @constant */
            type: "coverage.status_changed";
            /** Format: date-time */
            createdAt: string;
            data: {
                workerRef: string;
                enrolmentId: string;
                planId: string;
                status: components["schemas"]["EnrolmentStatus"];
                /** Format: date */
                coverageStart: string | null;
                /** Format: date */
                coverageEnd: string | null;
            };
        };
        /** @enum {string} */
        OrganisationKind: "municipal" | "district" | "industry" | "street" | "town" | "park" | "platform_enterprise" | "joint";
        UnionOrganisation: {
            id: string;
            name: string;
            nameEn?: string;
            kind: components["schemas"]["OrganisationKind"];
            parentId: string | null;
            district: null | components["schemas"]["DistrictCode"];
            /** @description True for grassroots unions a worker can join. */
            acceptsMembers: boolean;
            /** @description Platforms whose workers this union is meant for (platform-enterprise and joint unions). */
            platformIds?: string[];
            address?: string;
            phone?: string;
            /** @description True for the one union suggested to this session's worker in the requested district. */
            suggested: boolean;
        };
        UnionOrganisationList: {
            data: components["schemas"]["UnionOrganisation"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        SmsVerificationCreate: {
            mobile: string;
        };
        SmsVerification: {
            id: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description e.g. `138****0000`. */
            mobileMasked?: string;
        };
        SmsVerificationConfirm: {
            code: string;
        };
        SmsVerificationResult: {
            id: string;
            verified: boolean;
            attemptsRemaining?: number;
        };
        /** @enum {string} */
        MembershipApplicationStatus: "submitted" | "under_review" | "approved" | "rejected" | "needs_info" | "withdrawn";
        MembershipApplicationCreate: {
            fullName: string;
            /** @description 18-character resident ID (GB 11643) with a valid check digit; sensitive personal information. */
            residentIdNumber: string;
            mobile: string;
            /** @description A confirmed SMS verification of `mobile`; not needed when the session carries that mobile as `verifiedMobile`. */
            smsVerificationId?: string;
            occupation: components["schemas"]["Occupation"];
            workDistrict: components["schemas"]["DistrictCode"];
            organisationId: string;
            /** @constant */
            charterAccepted: true;
            /** @description Must include `membership_processing` and `sensitive_id_number`; may include `share_status_with_platform`. */
            consents: components["schemas"]["ConsentGrant"][];
        };
        MembershipApplication: {
            id: string;
            status: components["schemas"]["MembershipApplicationStatus"];
            occupation: components["schemas"]["Occupation"];
            workDistrict: components["schemas"]["DistrictCode"];
            organisationId: string;
            /**
             * Format: date
             * @description The union promises contact within 15 working days of submission.
             */
            contactDueDate: string;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            updatedAt: string;
            decisionNote?: string | null;
            /** @description Shown back to the worker only, masked. */
            applicant: {
                fullName: string;
                /** @description e.g. `310104********123X`. */
                residentIdNumberMasked: string;
                mobileMasked: string;
                /** Format: date */
                birthDate: string;
                /** @enum {string} */
                sex: "female" | "male";
            };
        };
        Membership: {
            memberNumber: string;
            organisationId: string;
            /** Format: date */
            since: string;
            status: components["schemas"]["MembershipStatus"];
        };
        SandboxDecision: {
            /** @enum {string} */
            decision: "approve" | "reject" | "needs_info";
            note?: string;
        };
        /** @enum {string} */
        BenefitKind: "accident" | "inpatient_day" | "critical_illness" | "death_disability";
        /** @enum {string} */
        PremiumPayer: "self" | "union_subsidy" | "platform";
        InsurancePlan: {
            id: string;
            code: string;
            name: string;
            nameEn?: string;
            description: string;
            benefits: {
                kind: components["schemas"]["BenefitKind"];
                /** @description Maximum benefit in fen; for `inpatient_day` the amount per day. */
                maximumFen: number;
            }[];
            /** @description Yearly premium in fen. */
            premiumFen: number;
            /** @description What the worker pays after subsidy, in fen. */
            workerPaysFen: number;
            payer: components["schemas"]["PremiumPayer"];
            term: {
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            };
            enrolmentWindow: {
                /** Format: date-time */
                opensAt: string;
                /** Format: date-time */
                closesAt: string;
            };
            eligibility: {
                membersOnly: boolean;
                /** @description The worker must be younger than this, by the birth date in the resident ID. */
                maxAgeExclusive: number;
                occupations: components["schemas"]["Occupation"][];
                /** @description Proof of recent platform work, given by the platform's attestation at session minting. */
                requiresActivityAttestation: boolean;
                minActiveOrdersLast7Days?: number;
            };
        };
        InsurancePlanList: {
            data: components["schemas"]["InsurancePlan"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @enum {string} */
        EligibilityReason: "not_a_member" | "age_limit" | "occupation_not_covered" | "activity_not_attested" | "already_enrolled" | "enrolment_closed";
        Eligibility: {
            planId: string;
            eligible: boolean;
            reasons: components["schemas"]["EligibilityReason"][];
        };
        InsuranceEnrolmentCreate: {
            planId: string;
            consents?: components["schemas"]["ConsentGrant"][];
        };
        InsuranceEnrolment: {
            id: string;
            planId: string;
            status: components["schemas"]["EnrolmentStatus"];
            /** Format: date */
            coverageStart: string | null;
            /** Format: date */
            coverageEnd: string | null;
            workerPaysFen: number;
            /** @description The certificate of cover, once active. */
            certificate: null | {
                number: string;
                /** Format: date-time */
                issuedAt: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InsuranceEnrolmentList: {
            data: components["schemas"]["InsuranceEnrolment"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @enum {string} */
        ServicePointType: "rest_station" | "driver_home" | "canteen" | "community_dining" | "mediation_room" | "legal_aid" | "health_check" | "fitness";
        /** @enum {string} */
        Amenity: "air_conditioning" | "fridge" | "microwave" | "hot_water" | "phone_charging" | "ebike_charging" | "seating" | "toilet" | "wifi" | "first_aid" | "blood_pressure_monitor" | "shower" | "laundry" | "truck_parking";
        /** @description Local time `HH:MM` (Asia/Shanghai); `24:00` closes at midnight. */
        TimeOfDay: string;
        TimeInterval: {
            opens: components["schemas"]["TimeOfDay"];
            closes: components["schemas"]["TimeOfDay"];
        };
        OpeningHours: {
            open24Hours: boolean;
            /** @description One entry per weekday that has hours; a weekday without an entry is closed. `day` 1 = Monday … 7 = Sunday. */
            weekly: {
                day: number;
                intervals: components["schemas"]["TimeInterval"][];
            }[];
            closures: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                reason: string;
            }[];
        };
        MealOffer: {
            title: string;
            priceFen: number;
            windows: components["schemas"]["TimeInterval"][];
        };
        /** @enum {string} */
        ServicePointStatus: "operating" | "temporarily_closed";
        ServicePoint: {
            id: string;
            type: components["schemas"]["ServicePointType"];
            name: string;
            address: string;
            district: components["schemas"]["DistrictCode"];
            location: components["schemas"]["GeoPoint"];
            openingHours: components["schemas"]["OpeningHours"];
            amenities: components["schemas"]["Amenity"][];
            mealOffers: components["schemas"]["MealOffer"][];
            phone: string | null;
            status: components["schemas"]["ServicePointStatus"];
            /** @description Metres from `near`, only in a `near` search. */
            distanceM?: number;
            /** @description Open at `openAt` (or now when `openAt` is absent). */
            openNow?: boolean;
        };
        ServicePointList: {
            data: components["schemas"]["ServicePoint"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @enum {string} */
        EventCategory: "legal" | "culture" | "sport" | "health" | "matchmaking" | "family" | "skills";
        Venue: {
            name: string;
            address: string;
            district: components["schemas"]["DistrictCode"];
            location?: components["schemas"]["GeoPoint"];
        };
        Event: {
            id: string;
            category: components["schemas"]["EventCategory"];
            title: string;
            description: string;
            venue: components["schemas"]["Venue"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
            placesLeft: number;
            waitlistCount: number;
            /** Format: date-time */
            registrationOpensAt: string;
            /** Format: date-time */
            registrationClosesAt: string;
            membersOnly: boolean;
            waitlistEnabled: boolean;
            /** @description The union organisation that runs the event. */
            organiserId?: string;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        EventRegistrationCreate: Record<string, never>;
        /** @enum {string} */
        RegistrationStatus: "confirmed" | "waitlisted" | "cancelled";
        EventRegistration: {
            id: string;
            eventId: string;
            status: components["schemas"]["RegistrationStatus"];
            waitlistPosition: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EventRegistrationList: {
            data: components["schemas"]["EventRegistration"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @enum {string} */
        EmploymentType: "full_time" | "part_time" | "gig";
        JobPosting: {
            id: string;
            title: string;
            employer: string;
            occupation: components["schemas"]["Occupation"];
            employmentType: components["schemas"]["EmploymentType"];
            district: components["schemas"]["DistrictCode"];
            /** @description Monthly salary, lower bound, in fen. */
            salaryMinFen: number;
            salaryMaxFen: number;
            description: string;
            requirements: string[];
            benefits: string[];
            /** Format: date-time */
            postedAt: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description `huipin_shanghai` for the union's job system 会聘上海.
             * @enum {string}
             */
            source: "huipin_shanghai" | "union_partner";
        };
        JobPostingList: {
            data: components["schemas"]["JobPosting"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        JobApplicationCreate: {
            message?: string;
            /** @description Must include `job_application_sharing`. */
            consents: components["schemas"]["ConsentGrant"][];
        };
        /** @enum {string} */
        JobApplicationStatus: "submitted" | "viewed" | "interview" | "hired" | "rejected" | "withdrawn";
        JobApplication: {
            id: string;
            jobPostingId: string;
            status: components["schemas"]["JobApplicationStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        JobApplicationList: {
            data: components["schemas"]["JobApplication"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        Consent: {
            id: string;
            purpose: components["schemas"]["ConsentPurpose"];
            noticeVersion: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            /** @description The application or enrolment the consent was given with. */
            subjectId?: string;
        };
        ConsentList: {
            data: components["schemas"]["Consent"][];
            nextCursor: components["schemas"]["Cursor"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type ErrorCode = components['schemas']['ErrorCode'];
export type FieldError = components['schemas']['FieldError'];
export type Problem = components['schemas']['Problem'];
export type Cursor = components['schemas']['Cursor'];
export type DistrictCode = components['schemas']['DistrictCode'];
export type Occupation = components['schemas']['Occupation'];
export type Locale = components['schemas']['Locale'];
export type Component = components['schemas']['Component'];
export type ConsentPurpose = components['schemas']['ConsentPurpose'];
export type ConsentGrant = components['schemas']['ConsentGrant'];
export type GeoPoint = components['schemas']['GeoPoint'];
export type ActivityAttestation = components['schemas']['ActivityAttestation'];
export type WidgetSessionCreate = components['schemas']['WidgetSessionCreate'];
export type WidgetSession = components['schemas']['WidgetSession'];
export type MembershipStatus = components['schemas']['MembershipStatus'];
export type EnrolmentStatus = components['schemas']['EnrolmentStatus'];
export type WorkerStatus = components['schemas']['WorkerStatus'];
export type CoverageSummary = components['schemas']['CoverageSummary'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookEndpointCreate = components['schemas']['WebhookEndpointCreate'];
export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointWithSecret = components['schemas']['WebhookEndpointWithSecret'];
export type WebhookEndpointList = components['schemas']['WebhookEndpointList'];
export type MemberStatusChangedEvent = components['schemas']['MemberStatusChangedEvent'];
export type CoverageStatusChangedEvent = components['schemas']['CoverageStatusChangedEvent'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
export type UnionOrganisation = components['schemas']['UnionOrganisation'];
export type UnionOrganisationList = components['schemas']['UnionOrganisationList'];
export type SmsVerificationCreate = components['schemas']['SmsVerificationCreate'];
export type SmsVerification = components['schemas']['SmsVerification'];
export type SmsVerificationConfirm = components['schemas']['SmsVerificationConfirm'];
export type SmsVerificationResult = components['schemas']['SmsVerificationResult'];
export type MembershipApplicationStatus = components['schemas']['MembershipApplicationStatus'];
export type MembershipApplicationCreate = components['schemas']['MembershipApplicationCreate'];
export type MembershipApplication = components['schemas']['MembershipApplication'];
export type Membership = components['schemas']['Membership'];
export type SandboxDecision = components['schemas']['SandboxDecision'];
export type BenefitKind = components['schemas']['BenefitKind'];
export type PremiumPayer = components['schemas']['PremiumPayer'];
export type InsurancePlan = components['schemas']['InsurancePlan'];
export type InsurancePlanList = components['schemas']['InsurancePlanList'];
export type EligibilityReason = components['schemas']['EligibilityReason'];
export type Eligibility = components['schemas']['Eligibility'];
export type InsuranceEnrolmentCreate = components['schemas']['InsuranceEnrolmentCreate'];
export type InsuranceEnrolment = components['schemas']['InsuranceEnrolment'];
export type InsuranceEnrolmentList = components['schemas']['InsuranceEnrolmentList'];
export type ServicePointType = components['schemas']['ServicePointType'];
export type Amenity = components['schemas']['Amenity'];
export type TimeOfDay = components['schemas']['TimeOfDay'];
export type TimeInterval = components['schemas']['TimeInterval'];
export type OpeningHours = components['schemas']['OpeningHours'];
export type MealOffer = components['schemas']['MealOffer'];
export type ServicePointStatus = components['schemas']['ServicePointStatus'];
export type ServicePoint = components['schemas']['ServicePoint'];
export type ServicePointList = components['schemas']['ServicePointList'];
export type EventCategory = components['schemas']['EventCategory'];
export type Venue = components['schemas']['Venue'];
export type Event = components['schemas']['Event'];
export type EventList = components['schemas']['EventList'];
export type EventRegistrationCreate = components['schemas']['EventRegistrationCreate'];
export type RegistrationStatus = components['schemas']['RegistrationStatus'];
export type EventRegistration = components['schemas']['EventRegistration'];
export type EventRegistrationList = components['schemas']['EventRegistrationList'];
export type EmploymentType = components['schemas']['EmploymentType'];
export type JobPosting = components['schemas']['JobPosting'];
export type JobPostingList = components['schemas']['JobPostingList'];
export type JobApplicationCreate = components['schemas']['JobApplicationCreate'];
export type JobApplicationStatus = components['schemas']['JobApplicationStatus'];
export type JobApplication = components['schemas']['JobApplication'];
export type JobApplicationList = components['schemas']['JobApplicationList'];
export type Consent = components['schemas']['Consent'];
export type ConsentList = components['schemas']['ConsentList'];
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
