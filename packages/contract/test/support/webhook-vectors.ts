/**
 * The published webhook signature test vectors (docs/server/webhook-signature-vectors.json): what
 * partners on any language check their verifier against, and what our own verifiers must agree with.
 */
import { readFileSync } from 'node:fs';

export interface SignatureVector {
  name: string;
  secret: string;
  body: string;
  header: string;
  now: number;
  toleranceSec?: number;
  valid: boolean;
  reason?: 'missing_header' | 'malformed_header' | 'no_matching_signature' | 'timestamp_out_of_tolerance';
}

export const VECTORS_URL = new URL('../../../../docs/server/webhook-signature-vectors.json', import.meta.url);

export const SIGNATURE_VECTORS: { defaultToleranceSec: number; reasons: string[]; vectors: SignatureVector[] } = JSON.parse(
  readFileSync(VECTORS_URL, 'utf8'),
);

/** What a verifier should answer for a vector: `valid` or the reason. */
export function expected(v: SignatureVector): string {
  return v.valid ? 'valid' : v.reason!;
}
