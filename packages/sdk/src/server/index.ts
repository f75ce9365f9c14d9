/**
 * `@unionkit/sdk/server`: what only runs on a partner's server. Minting widget sessions with the
 * secret key, verifying webhook signatures (the contract's Web Crypto verifier) and reading raw
 * bodies from `node:http`. Never import this into a page.
 */
export { createWidgetSession } from './sessions.js';
export {
  DEFAULT_TOLERANCE_SEC,
  SIGNATURE_HEADER,
  WebhookPayloadError,
  WebhookSignatureError,
  constructEvent,
  isKnownEvent,
  signPayload,
  verifySignature,
  type KnownWebhookEvent,
  type UnknownWebhookEvent,
  type VerifyOptions,
  type WebhookEvent,
  type WebhookSignatureErrorReason,
} from './webhooks.js';
export { BodyTooLargeError, readRawBody, type ReadRawBodyOptions } from './raw-body.js';
export * from '../node.js';
