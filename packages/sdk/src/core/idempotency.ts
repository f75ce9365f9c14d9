/**
 * Idempotency keys: one per call of every POST and DELETE (creates and actions), reused by every
 * retry of that call, so an answer lost on the way back does not turn into a second create or a
 * false failure. Web Crypto only (`globalThis.crypto`), so this runs in browsers, workers and Node ≥ 20.
 */
import * as z from 'zod/mini';
import type { FieldError } from '@unionkit/contract';
import { zIdempotencyKey } from '@unionkit/contract/schemas';

/** A random UUID v4. Falls back to `getRandomValues` where `randomUUID` is missing (insecure contexts). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues !== 'function') {
    throw new Error('No Web Crypto here: pass `idempotencyKey` yourself.');
  }
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10
  const hex = Array.from(b, (x) => (x | 256).toString(16).slice(1)).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

const KEY_MESSAGE =
  '幂等键应为 1–255 个可打印 ASCII 字符，且首尾不能是空格。 An idempotency key is 1–255 printable ASCII characters and neither starts nor ends with a space.';

/**
 * What is wrong with a caller's key, or `undefined` when it is good: the contract's rule (1–255
 * printable ASCII characters), and no space at either end: `fetch` trims header values, so `" a"`
 * would be sent as `"a"` and two keys would silently become one (and a blank key none at all).
 */
export function idempotencyKeyProblem(key: unknown): FieldError | undefined {
  const path = 'Idempotency-Key';
  if (typeof key !== 'string') return { path, code: 'invalid_type', message: KEY_MESSAGE };
  const result = z.safeParse(zIdempotencyKey, key);
  if (!result.success) {
    const code = result.error.issues[0]?.code;
    return { path, code: code === 'too_small' || code === 'too_big' ? code : 'invalid_format', message: KEY_MESSAGE };
  }
  if (key.trim() !== key) return { path, code: 'invalid_format', message: KEY_MESSAGE };
  return undefined;
}
