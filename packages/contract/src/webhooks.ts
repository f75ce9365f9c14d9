/**
 * Webhook signatures, on Web Crypto (`crypto.subtle`, HMAC-SHA256), so the same code signs in the
 * sandbox and verifies on a partner's server, in Node ≥ 20, browsers and edge runtimes.
 *
 * Header (`SIGNATURE_HEADER`): `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, with
 * one or more `v1` entries (several while a secret is being rolled). The HMAC key is the whole secret
 * string, `whsec_` prefix included, as UTF-8. A receiver checks the signature over the raw bytes, in
 * constant time, and refuses a timestamp more than `toleranceSec` (default `WEBHOOK_TOLERANCE_SEC`)
 * away from now.
 */
import { SIGNATURE_HEADER, WEBHOOK_TOLERANCE_SEC } from './generated/constants.js';

/** Why a delivery's signature cannot be trusted. */
export type WebhookSignatureErrorReason =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_out_of_tolerance'
  | 'no_matching_signature'
  | 'parsed_body'
  | 'invalid_secret';

/** What a check found: the signed timestamp, or why the delivery cannot be trusted. */
export type WebhookVerification =
  | { valid: true; timestamp: number }
  | { valid: false; reason: WebhookSignatureErrorReason; message: string };

export interface WebhookVerifyOptions {
  /** Largest accepted distance between the header's timestamp and now, in seconds. Default 300. */
  toleranceSec?: number;
  /** "Now", as a `Date` or unix seconds; for tests. */
  now?: Date | number;
}

const encoder = new TextEncoder();

/** Unix seconds of `now` (default the wall clock). */
export function unixSeconds(now?: Date | number): number {
  if (now === undefined) return Math.floor(Date.now() / 1000);
  return now instanceof Date ? Math.floor(now.getTime() / 1000) : Math.floor(now);
}

/** A secret or body `signWebhook` cannot sign with (`reason` `invalid_secret` or `parsed_body`). */
export class WebhookInputError extends TypeError {
  override name = 'WebhookInputError';
  readonly reason: WebhookSignatureErrorReason;
  constructor(reason: WebhookSignatureErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

function checkSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || !secret.startsWith('whsec_') || secret.length <= 'whsec_'.length) {
    throw new WebhookInputError('invalid_secret', 'The webhook secret must be the endpoint\'s `whsec_…` signing secret (not empty, not the API key).');
  }
}

function rawBytes(body: unknown): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  throw new WebhookInputError(
    'parsed_body',
    'Pass the raw request body (string or bytes), not a parsed object: the signature covers the exact bytes. ' +
      'Read it with readRawBody(req), or express.raw({ type: "application/json" }).',
  );
}

/** The signed bytes: `<t>.` then the raw body. */
function signedBytes(timestamp: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const bytes = new Uint8Array(prefix.byteLength + body.byteLength);
  bytes.set(prefix);
  bytes.set(body, prefix.byteLength);
  return bytes;
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/**
 * A signature header value for `body` (the sandbox signs deliveries with it). Rejects with
 * `WebhookInputError` for a secret that is not a `whsec_…` one or a body that is not raw.
 */
export async function signWebhook(secret: string, body: string | Uint8Array, timestamp: number = unixSeconds()): Promise<string> {
  checkSecret(secret);
  const t = Math.floor(timestamp);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), signedBytes(t, rawBytes(body))));
  let hex = '';
  for (const b of mac) hex += b.toString(16).padStart(2, '0');
  return `t=${t},v1=${hex}`;
}

function parseHeader(header: unknown): { timestamp: number; signatures: string[] } {
  if (typeof header !== 'string' || header.trim() === '') {
    throw new WebhookInputError('missing_header', `No ${SIGNATURE_HEADER} header on the request.`);
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
        throw new WebhookInputError('malformed_header', `${SIGNATURE_HEADER} has a bad or repeated timestamp.`);
      }
      timestamp = Number(value);
    } else if (key === 'v1') {
      signatures.push(value.toLowerCase());
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookInputError('malformed_header', `${SIGNATURE_HEADER} must look like t=<unix seconds>,v1=<hex>.`);
  }
  return { timestamp, signatures };
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks a delivery's signature and timestamp over its raw body. Never throws for a bad delivery:
 * the answer says why it cannot be trusted (`reason`, with an English `message`).
 */
export async function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
  options: WebhookVerifyOptions = {},
): Promise<WebhookVerification> {
  try {
    checkSecret(secret);
    const body = rawBytes(rawBody);
    const { timestamp, signatures } = parseHeader(signatureHeader);
    const key = await hmacKey(secret, 'verify');
    const data = signedBytes(timestamp, body);
    let matched = false;
    for (const candidate of signatures) {
      if (!/^[0-9a-f]{64}$/.test(candidate)) continue;
      // Web Crypto compares in constant time; every entry is compared, with no early exit.
      if (await crypto.subtle.verify('HMAC', key, hexBytes(candidate), data)) matched = true;
    }
    if (!matched) {
      throw new WebhookInputError(
        'no_matching_signature',
        'No signature in the header matches this body and secret. Check the secret, and that the body was not re-serialised.',
      );
    }
    const tolerance = options.toleranceSec ?? WEBHOOK_TOLERANCE_SEC;
    const skew = Math.abs(unixSeconds(options.now) - timestamp);
    if (skew > tolerance) {
      throw new WebhookInputError(
        'timestamp_out_of_tolerance',
        `The signature's timestamp is ${skew} s from now (tolerance ${tolerance} s): a replay, or a wrong clock.`,
      );
    }
    return { valid: true, timestamp };
  } catch (e) {
    if (e instanceof WebhookInputError) return { valid: false, reason: e.reason, message: e.message };
    throw e;
  }
}
