/**
 * Idempotency keys: one per create call, reused by every retry of that call.
 * Web Crypto only (`globalThis.crypto`), so this runs in browsers, workers and Node ≥ 20.
 */

/** A random UUID v4. Falls back to `getRandomValues` where `randomUUID` is missing (insecure contexts). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues !== 'function') {
    throw new Error('No Web Crypto here: pass `idempotencyKey` yourself.');
  }
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const PRINTABLE = /^[\x20-\x7e]{1,255}$/;

/** The API accepts 1–255 printable ASCII characters. */
export function isValidIdempotencyKey(key: string): boolean {
  return PRINTABLE.test(key);
}
