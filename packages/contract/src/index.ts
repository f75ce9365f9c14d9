/**
 * `@unionkit/contract`: what `openapi/unionkit.yaml` generates, and the rules the SDK, the sandbox and
 * the widgets share. No Node built-ins, nothing done at import time.
 *
 * - the contract's types (`ServicePoint`, `MembershipApplicationCreate`, …);
 * - constants the contract states: `NOTICE_VERSION`, `MIN_MEMBER_AGE`, `OPEN_APPLICATION_STATUSES`,
 *   limits, `SIGNATURE_HEADER`, and every enum's values in order (`SERVICE_POINT_TYPE_VALUES`, …);
 * - resident-ID and mobile checks, masks, ages and character counts;
 * - field errors: `toFieldErrors` from zod issues, with zh-CN and en messages;
 * - webhook signing and verification on Web Crypto;
 * - matching an origin against a partner's registered origin patterns;
 * - a file's type read from its first bytes (`sniffFileType`), as `POST /files` reads it.
 *
 * The zod/mini validators are in `@unionkit/contract/schemas`; the checks alone (no constants, no
 * field errors) in `@unionkit/contract/validators`.
 */
export type * from './generated/openapi.js';
export * from './generated/constants.js';
export * from './validators.js';
export { originMatches } from './origins.js';
export { FILE_SIGNATURE_BYTES, sniffFileType } from './files.js';
export {
  FIELD_ERROR_MESSAGES,
  fieldError,
  fieldErrorMessage,
  toFieldErrors,
  type FieldErrorCode,
  type FieldErrorText,
} from './field-errors.js';
export {
  WebhookInputError,
  signWebhook,
  verifyWebhookSignature,
  type WebhookSignatureErrorReason,
  type WebhookVerification,
  type WebhookVerifyOptions,
} from './webhooks.js';
