/**
 * Webhook signatures (server only). Header:
 * `UnionKit-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, with one or
 * more `v1` entries (several while a secret is being rolled). The HMAC key is the whole secret string,
 * `whsec_` prefix included, as UTF-8. Receivers check the signature over the raw bytes, in constant
 * time, and reject a timestamp more than `toleranceSec` (default 300) away from now.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { UnionKitError } from '../core/errors.js';
import { zCoverageStatusChangedEvent, zMemberStatusChangedEvent } from '../generated/zod/index.js';
import type { CoverageStatusChangedEvent, MemberStatusChangedEvent } from '../generated/openapi.js';

/** Name of the signature header (HTTP header names are case-insensitive; Node lower-cases them). */
export const SIGNATURE_HEADER = 'UnionKit-Signature';
export const DEFAULT_TOLERANCE_SEC = 300;

/** A webhook the API sends. */
export type WebhookEvent = MemberStatusChangedEvent | CoverageStatusChangedEvent;

export type WebhookSignatureErrorReason =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_out_of_tolerance'
  | 'no_matching_signature'
  | 'parsed_body'
  | 'invalid_secret';

/** The delivery cannot be trusted: answer 400 and do not act on it. */
export class WebhookSignatureError extends UnionKitError {
  override name = 'WebhookSignatureError';
  readonly reason: WebhookSignatureErrorReason;
  constructor(reason: WebhookSignatureErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The signature is good but the body is not a webhook event this SDK knows. */
export class WebhookPayloadError extends UnionKitError {
  override name = 'WebhookPayloadError';
  readonly issues: z.core.$ZodIssue[];
  constructor(message: string, issues: z.core.$ZodIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

export interface VerifyOptions {
  /** Largest accepted distance between the header's timestamp and now, in seconds. Default 300. */
  toleranceSec?: number;
  /** "Now", as a `Date` or unix seconds; for tests. */
  now?: Date | number;
}

const zWebhookEvent = z.discriminatedUnion('type', [zMemberStatusChangedEvent, zCoverageStatusChangedEvent]);
const encoder = new TextEncoder();

function unixSeconds(now: Date | number | undefined): number {
  if (now === undefined) return Math.floor(Date.now() / 1000);
  return now instanceof Date ? Math.floor(now.getTime() / 1000) : Math.floor(now);
}

function checkSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || !secret.startsWith('whsec_') || secret.length <= 'whsec_'.length) {
    throw new WebhookSignatureError(
      'invalid_secret',
      'The webhook secret must be the endpoint\'s `whsec_…` signing secret (not empty, not the API key).',
    );
  }
}

function rawBytes(body: unknown): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  throw new WebhookSignatureError(
    'parsed_body',
    'Pass the raw request body (string or bytes), not a parsed object: the signature covers the exact bytes. ' +
      'Read it with readRawBody(req), or express.raw({ type: "application/json" }).',
  );
}

function hmacHex(secret: string, timestamp: number, body: Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** Produces a `UnionKit-Signature` header value for `body` (used by the sandbox and in tests). */
export function signPayload(secret: string, body: string | Uint8Array, timestamp: number = unixSeconds(undefined)): string {
  checkSecret(secret);
  return `t=${Math.floor(timestamp)},v1=${hmacHex(secret, Math.floor(timestamp), rawBytes(body))}`;
}

interface ParsedHeader {
  timestamp: number;
  signatures: string[];
}

function parseHeader(header: unknown): ParsedHeader {
  if (typeof header !== 'string' || header.trim() === '') {
    throw new WebhookSignatureError('missing_header', `No ${SIGNATURE_HEADER} header on the request.`);
  }
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) {
        throw new WebhookSignatureError('malformed_header', `${SIGNATURE_HEADER} has a bad or repeated timestamp.`);
      }
      timestamp = Number(value);
    } else if (key === 'v1') {
      signatures.push(value.toLowerCase());
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookSignatureError('malformed_header', `${SIGNATURE_HEADER} must look like t=<unix seconds>,v1=<hex>.`);
  }
  return { timestamp, signatures };
}

/**
 * Checks a delivery's signature and timestamp. Returns the signed timestamp (unix seconds); throws
 * `WebhookSignatureError` with a `reason` otherwise.
 */
export function verifySignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): number {
  checkSecret(secret);
  const body = rawBytes(rawBody);
  const { timestamp, signatures } = parseHeader(signatureHeader);
  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  let matched = false;
  for (const candidate of signatures) {
    if (!/^[0-9a-f]{64}$/.test(candidate)) continue;
    // No early exit: every entry is compared, each in constant time.
    if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) matched = true;
  }
  if (!matched) {
    throw new WebhookSignatureError(
      'no_matching_signature',
      'No signature in the header matches this body and secret. Check the secret, and that the body was not re-serialised.',
    );
  }
  const tolerance = options.toleranceSec ?? DEFAULT_TOLERANCE_SEC;
  const skew = Math.abs(unixSeconds(options.now) - timestamp);
  if (skew > tolerance) {
    throw new WebhookSignatureError(
      'timestamp_out_of_tolerance',
      `The signature's timestamp is ${skew} s from now (tolerance ${tolerance} s): a replay, or a wrong clock.`,
    );
  }
  return timestamp;
}

/**
 * Verifies a delivery and returns its event, typed by `type`:
 *
 * ```ts
 * const event = constructEvent(await readRawBody(req), req.headers['unionkit-signature'], secret);
 * if (event.type === 'member.status_changed') event.data.status;
 * ```
 */
export function constructEvent(
  rawBody: string | Uint8Array,
  signatureHeader: string | string[] | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): WebhookEvent {
  const header = Array.isArray(signatureHeader) ? signatureHeader.join(',') : signatureHeader;
  verifySignature(rawBody, header, secret, options);
  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookPayloadError('The webhook body is not JSON.');
  }
  const result = z.safeParse(zWebhookEvent, json);
  if (!result.success) {
    throw new WebhookPayloadError('The webhook body is not an event this SDK knows.', result.error.issues);
  }
  return result.data as WebhookEvent;
}
