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
    'payload_too_large',
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
    'consent_already_withdrawn',
    'birth_date_required',
    'age_out_of_range'
]);
