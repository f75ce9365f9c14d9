// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.

/** The current privacy-notice version: every consent names it (`ConsentGrant.noticeVersion`). */
export const NOTICE_VERSION = "2026-11";

/** Youngest age, in whole years, at which a worker may join the union. */
export const MIN_MEMBER_AGE = 16;

/** Membership-application statuses that are still open: a worker has at most one such application, and only these may be withdrawn or decided. */
export const OPEN_APPLICATION_STATUSES = ["submitted", "under_review", "needs_info"] as const;

/** Most characters a job application's message may have, counted as a person counts them (`countCharacters`). */
export const JOB_APPLICATION_MESSAGE_MAX = 500;

/** Largest file `POST /files` accepts, in bytes (else 413 `file_too_large`). */
export const MAX_FILE_BYTES = 10485760;

/** Most characters a claim's description may have, counted as a person counts them (`countCharacters`). */
export const CLAIM_DESCRIPTION_MAX = 2000;

/** Most characters a help request's description (and a message to the social worker) may have, counted as a person counts them. */
export const HELP_REQUEST_DESCRIPTION_MAX = 2000;

/** Most characters a micro-wish may have, counted as a person counts them. */
export const MICRO_WISH_MAX = 100;

/** The most a micro-wish may be worth, in fen (¥500). */
export const MICRO_WISH_VALUE_MAX_FEN = 50000;

/** Most evidence files one help request (or one message) may carry. */
export const HELP_EVIDENCE_FILES_MAX = 10;

/** Help-request types that may be about the platform itself: their forms run only in the union-origin hosted page. */
export const CONFIDENTIAL_HELP_REQUEST_TYPES = ["legal_consultation", "legal_aid", "mediation", "complaint"] as const;

/** Help-request statuses that are not settled: a worker may still write, and a micro-wish in one of them is the year's open wish. */
export const OPEN_HELP_REQUEST_STATUSES = ["submitted", "accepted", "in_progress", "more_info_needed", "adopted"] as const;

/** Help-request statuses from which the worker may withdraw. */
export const WITHDRAWABLE_HELP_REQUEST_STATUSES = ["submitted", "accepted", "in_progress", "more_info_needed"] as const;

/** The certificate subsidy (取证补贴) by skill level, in fen. SANDBOX FIGURES, not the union's published table. */
export const SKILL_SUBSIDY_FEN = {"level_5":50000,"level_4":100000,"level_3":150000,"level_2":200000,"level_1":300000} as const;

/** Service-point types that offer appointment slots. */
export const APPOINTMENT_POINT_TYPES = ["legal_aid", "mediation_room", "health_check"] as const;

/** Length of one appointment slot, in minutes. */
export const SLOT_MINUTES = 30;

/** Places in one appointment slot (sandbox figure). */
export const SLOT_PLACES = 3;

/** How many days ahead slots can be listed and booked. */
export const BOOKING_HORIZON_DAYS = 30;

/** An appointment can be cancelled until this many minutes before it starts. */
export const CANCEL_BEFORE_MINUTES = 120;

/** Days after an enrolment that its premium is due (Asia/Shanghai calendar days); unpaid past that day it is `lapsed`. */
export const PAYMENT_DUE_DAYS = 14;

/** The plan benefit (`BenefitKind`) each claim benefit needs. */
export const CLAIM_BENEFIT_PLAN_KIND = {"accident_medical":"accident","inpatient":"inpatient_day","critical_illness":"critical_illness","disability":"death_disability"} as const;

/** Claim statuses from which the worker may withdraw (before a decision). */
export const WITHDRAWABLE_CLAIM_STATUSES = ["submitted", "under_review", "more_info_needed"] as const;

/** Days the union takes at most to decide a claim, from its filing or from the documents that answered `more_info_needed`. */
export const CLAIM_DECISION_DAYS = 30;

/** How many years back an incident may be claimed for. */
export const CLAIM_INCIDENT_MAX_AGE_YEARS = 2;

/** Largest request body the API accepts, in bytes (else 413 `payload_too_large`). */
export const MAX_REQUEST_BODY_BYTES = 1048576;

/** Name of the header that signs a webhook delivery (`t=<unix seconds>,v1=<hex HMAC-SHA256>`). */
export const SIGNATURE_HEADER = "UnionKit-Signature";

/** Largest distance, in seconds, between a delivery's signed timestamp and now that a receiver accepts by default. */
export const WEBHOOK_TOLERANCE_SEC = 300;

/** Every `FieldError.code`, in the contract's order. */
export const FIELD_ERROR_CODE_VALUES = ["required", "invalid_type", "invalid_format", "invalid_checksum", "invalid_value", "too_small", "too_big", "unknown_field"] as const;

/** The HTTP statuses each `ErrorCode` is answered with (a problem with another status breaks the contract). */
export const ERROR_STATUSES = {"invalid_json":[400],"unsupported_media_type":[415],"validation_failed":[400,422],"unauthenticated":[401],"token_expired":[401],"secret_key_in_browser":[403],"origin_not_allowed":[403],"forbidden_scope":[403],"not_found":[404],"method_not_allowed":[405],"payload_too_large":[413,431],"file_too_large":[413],"unsupported_file_type":[422],"idempotency_key_reused":[409],"request_in_progress":[409],"rate_limited":[429],"server_error":[500],"timeout":[408,504],"sms_code_invalid":[422],"sms_verification_expired":[422],"sms_attempts_exceeded":[429],"union_session_required":[403],"mobile_not_verified":[422],"consent_required":[422],"notice_version_outdated":[422],"already_member":[409],"application_already_open":[409],"not_a_member":[404],"invalid_state":[409],"not_eligible":[422],"already_enrolled":[409],"already_registered":[409],"event_full":[409],"registration_closed":[422],"members_only":[403],"not_enough_places":[409],"already_applied":[409],"job_posting_expired":[422],"consent_already_withdrawn":[409],"birth_date_required":[422],"age_out_of_range":[422],"appointments_not_offered":[422],"slot_unavailable":[409],"appointment_already_booked":[409],"cancellation_closed":[409],"appointment_required":[422],"appointment_invalid":[422],"not_member_on_issue_date":[422],"certificate_too_old":[422],"subsidy_already_claimed":[409],"wish_already_open":[409],"payment_amount_mismatch":[422],"payment_overdue":[409],"benefit_not_covered":[422],"incident_outside_cover":[422]} as const;

/** Each `ErrorCode`'s short bilingual title (Chinese first), the `title` of its problem. */
export const ERROR_TITLES = {"invalid_json":"请求体不是有效的 JSON。 The request body is not valid JSON.","unsupported_media_type":"请求体必须是 application/json。 The request body must be application/json.","validation_failed":"请求参数有误。 The request is not valid.","unauthenticated":"未提供有效的凭证。 No valid credential was given.","token_expired":"会话令牌已过期。 The client token has expired.","secret_key_in_browser":"密钥不得在浏览器中使用。 A secret key must not be used from a browser.","origin_not_allowed":"该来源未被允许。 This origin is not allowed.","forbidden_scope":"凭证无权执行此操作。 The credential may not do this.","not_found":"未找到该资源。 Not found.","method_not_allowed":"不支持该请求方法。 Method not allowed.","payload_too_large":"请求体过大。 The request body is too large.","file_too_large":"文件过大。 The file is too large.","unsupported_file_type":"不支持的文件类型。 This type of file is not accepted.","idempotency_key_reused":"幂等键已用于另一个请求。 The idempotency key was used for another request.","request_in_progress":"相同幂等键的请求正在处理。 A request with this idempotency key is in progress.","rate_limited":"请求过于频繁。 Too many requests.","server_error":"服务器内部错误。 Internal server error.","timeout":"服务器处理超时。 The server timed out.","sms_code_invalid":"短信验证码不正确。 The SMS code is wrong.","sms_verification_expired":"短信验证已过期。 The SMS verification has expired.","sms_attempts_exceeded":"验证码错误次数过多。 Too many wrong SMS codes.","union_session_required":"需要工会会话。 A union session is required.","mobile_not_verified":"手机号尚未验证。 The mobile number is not verified.","consent_required":"缺少必要的同意。 A required consent is missing.","notice_version_outdated":"隐私告知版本已更新。 The privacy notice version is outdated.","already_member":"您已是工会会员。 Already a union member.","application_already_open":"已有处理中的入会申请。 A membership application is already open.","not_a_member":"尚未成为工会会员。 Not a union member.","invalid_state":"当前状态下不能执行此操作。 Not possible in the current state.","not_eligible":"不符合参保条件。 Not eligible.","already_enrolled":"已参加该保障计划。 Already enrolled in this plan.","already_registered":"已报名该活动。 Already registered for this event.","event_full":"活动名额已满。 The event is full.","registration_closed":"活动不在报名时间内。 Registration is closed.","members_only":"该活动仅限工会会员。 This event is for members only.","not_enough_places":"剩余名额不够全组人数。 Not enough places left for the whole party.","already_applied":"已投递该职位。 Already applied for this job.","job_posting_expired":"该职位已过期。 The job posting has expired.","consent_already_withdrawn":"该同意已撤回。 The consent was already withdrawn.","birth_date_required":"需要填写出生日期。 The date of birth is needed.","age_out_of_range":"年龄不在本计划的参保范围内。 The age is outside this plan's limits.","appointments_not_offered":"该服务阵地不提供预约。 This service point takes no appointments.","slot_unavailable":"该时段不可预约。 This slot cannot be booked.","appointment_already_booked":"您在该服务阵地已有预约。 You already have an appointment at this service point.","cancellation_closed":"已过取消时限。 Too late to cancel.","appointment_required":"当面咨询需要先预约时段。 Meeting in person needs a booked slot.","appointment_invalid":"该预约不能用于此申请。 This appointment cannot be used for this request.","not_member_on_issue_date":"发证当日尚未入会。 Not a union member on the certificate's issue date.","certificate_too_old":"证书颁发已超过 12 个月。 The certificate is more than 12 months old.","subsidy_already_claimed":"该证书已申请过补贴。 A subsidy was already claimed for this certificate.","wish_already_open":"今年已有未完成的微心愿。 A micro-wish is already open this year.","payment_amount_mismatch":"付款金额与应缴保费不符。 The amount differs from the premium due.","payment_overdue":"已过缴费期限，参保已失效。 The payment is past its due date; the enrolment has lapsed.","benefit_not_covered":"该保障计划没有这项保障。 The plan has no such benefit.","incident_outside_cover":"出险日期不在保障期内。 The incident date is outside the cover."} as const;

/** Every `ErrorCode`, in the contract's order. */
export const ERROR_CODE_VALUES = ["invalid_json", "unsupported_media_type", "validation_failed", "unauthenticated", "token_expired", "secret_key_in_browser", "origin_not_allowed", "forbidden_scope", "not_found", "method_not_allowed", "payload_too_large", "file_too_large", "unsupported_file_type", "idempotency_key_reused", "request_in_progress", "rate_limited", "server_error", "timeout", "sms_code_invalid", "sms_verification_expired", "sms_attempts_exceeded", "union_session_required", "mobile_not_verified", "consent_required", "notice_version_outdated", "already_member", "application_already_open", "not_a_member", "invalid_state", "not_eligible", "already_enrolled", "already_registered", "event_full", "registration_closed", "members_only", "not_enough_places", "already_applied", "job_posting_expired", "consent_already_withdrawn", "birth_date_required", "age_out_of_range", "appointments_not_offered", "slot_unavailable", "appointment_already_booked", "cancellation_closed", "appointment_required", "appointment_invalid", "not_member_on_issue_date", "certificate_too_old", "subsidy_already_claimed", "wish_already_open", "payment_amount_mismatch", "payment_overdue", "benefit_not_covered", "incident_outside_cover"] as const;

/** Every `DistrictCode`, in the contract's order. */
export const DISTRICT_CODE_VALUES = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"] as const;

/** Every `Occupation`, in the contract's order. */
export const OCCUPATION_VALUES = ["food_delivery_rider", "ride_hailing_driver", "courier", "truck_driver", "domestic_care_worker", "digital_content_creator", "other"] as const;

/** Every `Locale`, in the contract's order. */
export const LOCALE_VALUES = ["zh-CN", "en"] as const;

/** Every `Component`, in the contract's order. */
export const COMPONENT_VALUES = ["membership", "insurance", "service_map", "events", "jobs", "help"] as const;

/** Every `ConsentPurpose`, in the contract's order. */
export const CONSENT_PURPOSE_VALUES = ["membership_processing", "sensitive_id_number", "share_status_with_platform", "job_application_sharing", "help_request_processing", "claim_processing", "sensitive_health_data"] as const;

/** Every `MembershipStatus`, in the contract's order. */
export const MEMBERSHIP_STATUS_VALUES = ["active", "transfer_pending", "lapsed", "left"] as const;

/** Every `EnrolmentStatus`, in the contract's order. */
export const ENROLMENT_STATUS_VALUES = ["pending_review", "awaiting_payment", "active", "expired", "rejected", "cancelled", "lapsed"] as const;

/** Every `WebhookEventType`, in the contract's order. */
export const WEBHOOK_EVENT_TYPE_VALUES = ["member.status_changed", "coverage.status_changed", "coverage.payment_required"] as const;

/** Every `WebhookEndpointStatus`, in the contract's order. */
export const WEBHOOK_ENDPOINT_STATUS_VALUES = ["active", "failing"] as const;

/** Every `WebhookDeliveryStatus`, in the contract's order. */
export const WEBHOOK_DELIVERY_STATUS_VALUES = ["pending", "succeeded", "failed"] as const;

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

/** Every `PaymentMethod`, in the contract's order. */
export const PAYMENT_METHOD_VALUES = ["partner", "union_counter"] as const;

/** Every `ClaimBenefit`, in the contract's order. */
export const CLAIM_BENEFIT_VALUES = ["accident_medical", "inpatient", "critical_illness", "disability"] as const;

/** Every `ClaimStatus`, in the contract's order. */
export const CLAIM_STATUS_VALUES = ["submitted", "under_review", "more_info_needed", "approved", "paid", "rejected", "withdrawn"] as const;

/** Every `ServicePointType`, in the contract's order. */
export const SERVICE_POINT_TYPE_VALUES = ["rest_station", "driver_home", "canteen", "community_dining", "mediation_room", "legal_aid", "health_check", "fitness", "affordable_housing"] as const;

/** Every `Amenity`, in the contract's order. */
export const AMENITY_VALUES = ["air_conditioning", "fridge", "microwave", "hot_water", "phone_charging", "ebike_charging", "seating", "toilet", "wifi", "first_aid", "blood_pressure_monitor", "shower", "laundry", "truck_parking", "temporary_parking", "ev_charging", "reading_corner"] as const;

/** Every `ServicePointStatus`, in the contract's order. */
export const SERVICE_POINT_STATUS_VALUES = ["operating", "temporarily_closed"] as const;

/** Every `EventCategory`, in the contract's order. */
export const EVENT_CATEGORY_VALUES = ["legal", "culture", "sport", "health", "matchmaking", "family", "skills"] as const;

/** Every `CompanionRelation`, in the contract's order. */
export const COMPANION_RELATION_VALUES = ["child", "spouse", "parent"] as const;

/** Every `RegistrationStatus`, in the contract's order. */
export const REGISTRATION_STATUS_VALUES = ["confirmed", "waitlisted", "cancelled"] as const;

/** Every `EmploymentType`, in the contract's order. */
export const EMPLOYMENT_TYPE_VALUES = ["full_time", "part_time", "gig"] as const;

/** Every `JobApplicationStatus`, in the contract's order. */
export const JOB_APPLICATION_STATUS_VALUES = ["submitted", "viewed", "interview", "hired", "rejected", "withdrawn"] as const;

/** Every `AppointmentStatus`, in the contract's order. */
export const APPOINTMENT_STATUS_VALUES = ["booked", "cancelled", "attended", "missed"] as const;

/** Every `HelpRequestType`, in the contract's order. */
export const HELP_REQUEST_TYPE_VALUES = ["legal_consultation", "legal_aid", "mediation", "complaint", "suggestion", "skill_subsidy", "micro_wish"] as const;

/** Every `HelpTopic`, in the contract's order. */
export const HELP_TOPIC_VALUES = ["wage_arrears", "work_injury", "account_deactivation", "penalties_and_ratings", "employment_status", "social_insurance", "traffic_accident", "other"] as const;

/** Every `HelpCounterparty`, in the contract's order. */
export const HELP_COUNTERPARTY_VALUES = ["platform", "agency", "customer", "other"] as const;

/** Every `ContactPreference`, in the contract's order. */
export const CONTACT_PREFERENCE_VALUES = ["phone_call", "in_person"] as const;

/** Every `CertificateLevel`, in the contract's order. */
export const CERTIFICATE_LEVEL_VALUES = ["level_5", "level_4", "level_3", "level_2", "level_1"] as const;

/** Every `MicroWishCategory`, in the contract's order. */
export const MICRO_WISH_CATEGORY_VALUES = ["daily_necessities", "child_education", "health", "family_reunion", "other"] as const;

/** Every `HelpRequestStatus`, in the contract's order. */
export const HELP_REQUEST_STATUS_VALUES = ["submitted", "accepted", "in_progress", "more_info_needed", "resolved", "declined", "withdrawn", "adopted", "fulfilled"] as const;

/** Every `FilePurpose`, in the contract's order. */
export const FILE_PURPOSE_VALUES = ["claim_evidence", "legal_evidence", "certificate"] as const;

/** Every `FileContentType`, in the contract's order. */
export const FILE_CONTENT_TYPE_VALUES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;

/** Every `NoticePurpose`, in the contract's order. */
export const NOTICE_PURPOSE_VALUES = ["membership_processing", "sensitive_id_number", "share_status_with_platform", "job_application_sharing", "help_request_processing", "claim_processing", "sensitive_health_data", "union_charter"] as const;
