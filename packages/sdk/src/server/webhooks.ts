/**
 * Webhook signatures (server side), on the contract's Web Crypto signer and verifier. Header
 * `UnionKit-Signature` (`SIGNATURE_HEADER`): `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`,
 * with one or more `v1` entries (several while a secret is being rolled). The HMAC key is the whole
 * secret string, `whsec_` prefix included, as UTF-8. Receivers check the signature over the raw bytes,
 * in constant time, and reject a timestamp more than `toleranceSec` (default 300) away from now.
 * Web Crypto is asynchronous, so every function here returns a promise.
 */
import {
  SIGNATURE_HEADER,
  WEBHOOK_TOLERANCE_SEC,
  WebhookInputError,
  signWebhook,
  verifyWebhookSignature,
  type CoveragePaymentRequiredEvent,
  type CoverageStatusChangedEvent,
  type MemberStatusChangedEvent,
  type WebhookSignatureErrorReason,
} from '@unionkit/contract';
import { zCoveragePaymentRequiredEvent, zCoverageStatusChangedEvent, zMemberStatusChangedEvent } from '@unionkit/contract/schemas';
import * as z from 'zod/mini';
import { UnionKitError, brand } from '../core/errors.js';

export { SIGNATURE_HEADER, type WebhookSignatureErrorReason };
/** Default largest distance between a delivery's timestamp and now, in seconds (300). */
export const DEFAULT_TOLERANCE_SEC = WEBHOOK_TOLERANCE_SEC;

/** A webhook type this SDK knows, typed by its `type`. */
export type KnownWebhookEvent = MemberStatusChangedEvent | CoverageStatusChangedEvent | CoveragePaymentRequiredEvent;

/**
 * A webhook of a type the API added after this SDK was built (the API adds event types without
 * notice): its envelope is checked, its `data` is passed on as it came, and any other field is kept.
 * Answer it with a 2xx (or act on it after upgrading the SDK) rather than failing the delivery.
 */
export interface UnknownWebhookEvent {
  id: string;
  type: string & {};
  createdAt: string;
  data: unknown;
  [key: string]: unknown;
}

/** A webhook the API sends: a known one, or one of a newer type (`isKnownEvent` tells them apart). */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

/** The delivery cannot be trusted: answer 400 and do not act on it. */
export class WebhookSignatureError extends UnionKitError {
  readonly reason: WebhookSignatureErrorReason;
  constructor(reason: WebhookSignatureErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The signature is good but the body is not a webhook event this SDK knows. */
export class WebhookPayloadError extends UnionKitError {
  readonly issues: z.core.$ZodIssue[];
  constructor(message: string, issues: z.core.$ZodIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}
brand(WebhookSignatureError, 'WebhookSignatureError');
brand(WebhookPayloadError, 'WebhookPayloadError');

export interface VerifyOptions {
  /** Largest accepted distance between the header's timestamp and now, in seconds. Default 300. */
  toleranceSec?: number;
  /** "Now", as a `Date` or unix seconds; for tests. */
  now?: Date | number;
}

/** Each known type's schema (tolerant: unknown fields and enum values pass, a broken shape does not). */
const KNOWN: Readonly<Record<KnownWebhookEvent['type'], z.core.$ZodType>> = {
  'member.status_changed': zMemberStatusChangedEvent,
  'coverage.status_changed': zCoverageStatusChangedEvent,
  'coverage.payment_required': zCoveragePaymentRequiredEvent,
};
/** What every event has, whatever its type. */
const zEnvelope = z.looseObject({ id: z.string().check(z.minLength(1)), type: z.string().check(z.minLength(1)), createdAt: z.iso.datetime({ offset: true }), data: z.unknown() });

/** Whether `event` is of a type this SDK knows; narrows it so that `switch (event.type)` types each `data`. */
export function isKnownEvent(event: WebhookEvent): event is KnownWebhookEvent {
  return Object.prototype.hasOwnProperty.call(KNOWN, event.type);
}

/** Produces a `UnionKit-Signature` header value for `body` (for tests of a receiver). */
export async function signPayload(secret: string, body: string | Uint8Array, timestamp?: number): Promise<string> {
  try {
    return await signWebhook(secret, body, timestamp);
  } catch (error) {
    if (error instanceof WebhookInputError) throw new WebhookSignatureError(error.reason, error.message);
    throw error;
  }
}

/**
 * Checks a delivery's signature and timestamp. Resolves to the signed timestamp (unix seconds);
 * rejects with `WebhookSignatureError` and a `reason` otherwise.
 */
export async function verifySignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<number> {
  const result = await verifyWebhookSignature(rawBody, signatureHeader, secret, options);
  if (!result.valid) throw new WebhookSignatureError(result.reason, result.message);
  return result.timestamp;
}

/**
 * Verifies a delivery and resolves to its event. A known type is checked against its schema (new
 * fields and enum values pass through); a type the API added later resolves as an
 * `UnknownWebhookEvent` (`id`, `type`, `createdAt`, `data: unknown`) instead of failing:
 *
 * ```ts
 * const event = await constructEvent(await readRawBody(req), req.headers['unionkit-signature'], secret);
 * if (!isKnownEvent(event)) return res.writeHead(204).end(); // a newer type: acknowledge it
 * switch (event.type) {
 *   case 'member.status_changed': event.data.status; break;
 *   default: break; // and a status this code does not know: keep it, show it neutrally
 * }
 * ```
 *
 * Rejects with `WebhookPayloadError` when the body is not JSON, lacks the envelope (`id`, `type`,
 * `createdAt`), or a known type's body is broken (a missing required field, a wrong primitive type).
 */
export async function constructEvent(
  rawBody: string | Uint8Array,
  signatureHeader: string | string[] | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const header = Array.isArray(signatureHeader) ? signatureHeader.join(',') : signatureHeader;
  await verifySignature(rawBody, header, secret, options);
  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookPayloadError('The webhook body is not JSON.');
  }
  const envelope = z.safeParse(zEnvelope, json);
  if (!envelope.success) {
    throw new WebhookPayloadError('The webhook body is not an event: it needs an id, a type and createdAt.', envelope.error.issues);
  }
  if (!Object.prototype.hasOwnProperty.call(KNOWN, envelope.data.type)) return envelope.data as UnknownWebhookEvent;
  const result = z.safeParse(KNOWN[envelope.data.type as KnownWebhookEvent['type']], json);
  if (!result.success) {
    throw new WebhookPayloadError(`The ${envelope.data.type} webhook body does not have the shape the contract gives it.`, result.error.issues);
  }
  return result.data as KnownWebhookEvent;
}
