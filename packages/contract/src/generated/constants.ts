// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

/** The current privacy-notice version: every consent names it (`ConsentGrant.noticeVersion`). */
export const NOTICE_VERSION = "2026-11";

/** Youngest age, in whole years, at which a worker may join the union. */
export const MIN_MEMBER_AGE = 16;

/** Membership-application statuses that are still open: a worker has at most one such application, and only these may be withdrawn or decided. */
export const OPEN_APPLICATION_STATUSES = ["submitted", "under_review", "needs_info"] as const;

/** Most characters a job application's message may have, counted as a person counts them (`countCharacters`). */
export const JOB_APPLICATION_MESSAGE_MAX = 500;

/** Largest request body the API accepts, in bytes (else 413 `payload_too_large`). */
export const MAX_REQUEST_BODY_BYTES = 1048576;

/** Name of the header that signs a webhook delivery (`t=<unix seconds>,v1=<hex HMAC-SHA256>`). */
export const SIGNATURE_HEADER = "UnionKit-Signature";

/** Largest distance, in seconds, between a delivery's signed timestamp and now that a receiver accepts by default. */
export const WEBHOOK_TOLERANCE_SEC = 300;

/** Every `FieldError.code`, in the contract's order. */
export const FIELD_ERROR_CODE_VALUES = ["required", "invalid_type", "invalid_format", "invalid_checksum", "invalid_value", "too_small", "too_big", "unknown_field"] as const;

/** Every `ErrorCode`, in the contract's order. */
export const ERROR_CODE_VALUES = ["invalid_json", "unsupported_media_type", "validation_failed", "unauthenticated", "token_expired", "secret_key_in_browser", "origin_not_allowed", "forbidden_scope", "not_found", "method_not_allowed", "payload_too_large", "idempotency_key_reused", "request_in_progress", "rate_limited", "server_error", "timeout", "sms_code_invalid", "sms_verification_expired", "sms_attempts_exceeded", "mobile_not_verified", "consent_required", "notice_version_outdated", "already_member", "application_already_open", "not_a_member", "invalid_state", "not_eligible", "already_enrolled", "already_registered", "event_full", "registration_closed", "members_only", "already_applied", "job_posting_expired", "consent_already_withdrawn", "birth_date_required", "age_out_of_range"] as const;

/** Every `DistrictCode`, in the contract's order. */
export const DISTRICT_CODE_VALUES = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"] as const;

/** Every `Occupation`, in the contract's order. */
export const OCCUPATION_VALUES = ["food_delivery_rider", "ride_hailing_driver", "courier", "truck_driver", "domestic_care_worker", "digital_content_creator", "other"] as const;

/** Every `Locale`, in the contract's order. */
export const LOCALE_VALUES = ["zh-CN", "en"] as const;

/** Every `Component`, in the contract's order. */
export const COMPONENT_VALUES = ["membership", "insurance", "service_map", "events", "jobs"] as const;

/** Every `ConsentPurpose`, in the contract's order. */
export const CONSENT_PURPOSE_VALUES = ["membership_processing", "sensitive_id_number", "share_status_with_platform", "job_application_sharing"] as const;

/** Every `MembershipStatus`, in the contract's order. */
export const MEMBERSHIP_STATUS_VALUES = ["active", "transfer_pending", "lapsed", "left"] as const;

/** Every `EnrolmentStatus`, in the contract's order. */
export const ENROLMENT_STATUS_VALUES = ["pending_review", "awaiting_payment", "active", "expired", "rejected", "cancelled"] as const;

/** Every `WebhookEventType`, in the contract's order. */
export const WEBHOOK_EVENT_TYPE_VALUES = ["member.status_changed", "coverage.status_changed"] as const;

/** Every `OrganisationKind`, in the contract's order. */
export const ORGANISATION_KIND_VALUES = ["municipal", "district", "industry", "street", "town", "park", "platform_enterprise", "joint"] as const;

/** Every `MembershipApplicationStatus`, in the contract's order. */
export const MEMBERSHIP_APPLICATION_STATUS_VALUES = ["submitted", "under_review", "approved", "rejected", "needs_info", "withdrawn"] as const;

/** Every `BenefitKind`, in the contract's order. */
export const BENEFIT_KIND_VALUES = ["accident", "inpatient_day", "critical_illness", "death_disability"] as const;

/** Every `PremiumPayer`, in the contract's order. */
export const PREMIUM_PAYER_VALUES = ["self", "union_subsidy", "platform"] as const;

/** Every `EligibilityReason`, in the contract's order. */
export const ELIGIBILITY_REASON_VALUES = ["not_a_member", "birth_date_required", "age_out_of_range", "occupation_not_covered", "activity_not_attested", "already_enrolled", "enrolment_closed"] as const;

/** Every `ServicePointType`, in the contract's order. */
export const SERVICE_POINT_TYPE_VALUES = ["rest_station", "driver_home", "canteen", "community_dining", "mediation_room", "legal_aid", "health_check", "fitness"] as const;

/** Every `Amenity`, in the contract's order. */
export const AMENITY_VALUES = ["air_conditioning", "fridge", "microwave", "hot_water", "phone_charging", "ebike_charging", "seating", "toilet", "wifi", "first_aid", "blood_pressure_monitor", "shower", "laundry", "truck_parking"] as const;

/** Every `ServicePointStatus`, in the contract's order. */
export const SERVICE_POINT_STATUS_VALUES = ["operating", "temporarily_closed"] as const;

/** Every `EventCategory`, in the contract's order. */
export const EVENT_CATEGORY_VALUES = ["legal", "culture", "sport", "health", "matchmaking", "family", "skills"] as const;

/** Every `RegistrationStatus`, in the contract's order. */
export const REGISTRATION_STATUS_VALUES = ["confirmed", "waitlisted", "cancelled"] as const;

/** Every `EmploymentType`, in the contract's order. */
export const EMPLOYMENT_TYPE_VALUES = ["full_time", "part_time", "gig"] as const;

/** Every `JobApplicationStatus`, in the contract's order. */
export const JOB_APPLICATION_STATUS_VALUES = ["submitted", "viewed", "interview", "hired", "rejected", "withdrawn"] as const;

/** Every `NoticePurpose`, in the contract's order. */
export const NOTICE_PURPOSE_VALUES = ["membership_processing", "sensitive_id_number", "share_status_with_platform", "job_application_sharing", "union_charter"] as const;
