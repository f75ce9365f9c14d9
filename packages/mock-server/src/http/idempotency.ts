/**
 * Idempotency keys, on every POST and DELETE (creates and actions alike). Keys are scoped to the
 * credential's subject and live 24 hours. Same key + method + path + body → the first response replayed
 * (`Idempotent-Replayed: true`); same key, anything else different → 409 `idempotency_key_reused`;
 * while the first is running → 409 `request_in_progress`. Only responses below 500 are stored, and
 * only for requests that got past authentication, rate limits and validation: a refused request
 * leaves nothing behind. A record keeps a SHA-256 digest of the request, never its body
 * (`../store/idempotency-records.ts` caps them by count and bytes).
 */
import { fieldError, ProblemError, validationFailed } from '../domain/problem.js';
import type { IdempotencyRecord } from '../store/idempotency-records.js';
import type { Store } from '../store/store.js';
import type { StoredResponse } from '../store/types.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Reads and checks the header: 1–255 printable ASCII characters, not only spaces. */
export function readIdempotencyKey(request: Request): string | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!/^[\x20-\x7e]{1,255}$/.test(key) || key.trim() === '') {
    throw validationFailed([
      fieldError(IDEMPOTENCY_HEADER, 'invalid_format', '幂等键应为 1–255 个可打印字符。 The idempotency key must be 1–255 printable characters.'),
    ]);
  }
  return key;
}

/** SHA-256 (hex) of the method, path and body (canonical JSON when it parses, else the raw text). */
export async function fingerprint(method: string, path: string, rawBody: string): Promise<string> {
  let body = rawBody;
  try {
    body = canonical(JSON.parse(rawBody));
  } catch {
    // not JSON (or too deep to walk): compare raw text
  }
  const text = `${method} ${path}\n${body}`;
  if (nodeCrypto) return nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}

/**
 * Node's own hash where the sandbox runs in Node (≥ 20.16 has `process.getBuiltinModule`): the same
 * digest as WebCrypto's, computed at once instead of through a worker thread and a promise, which
 * was the most expensive step of a write. Browsers (msw in a page) use WebCrypto.
 */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeCrypto
  | undefined;

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(v);
}

export type Begin = { kind: 'new'; record: IdempotencyRecord } | { kind: 'replay'; response: StoredResponse };

export function beginIdempotent(store: Store, subject: string, key: string, print: string): Begin {
  const now = store.now();
  const id = `${subject}\u0000${key}`;
  const existing = store.idempotency.get(id, now);
  if (existing) {
    if (existing.fingerprint !== print) {
      throw new ProblemError(
        409,
        'idempotency_key_reused',
        '该幂等键已用于另一个请求；新请求请使用新的键。 This idempotency key was used for a different request; use a new key.',
      );
    }
    if (existing.state === 'in_progress' || !existing.response) {
      throw new ProblemError(409, 'request_in_progress', '相同幂等键的请求仍在处理，请稍后重试。 A request with this key is still in progress; retry shortly.', {
        headers: { 'Retry-After': '1' },
      });
    }
    return { kind: 'replay', response: existing.response };
  }
  return { kind: 'new', record: store.idempotency.begin(id, print, new Date(now.getTime() + IDEMPOTENCY_TTL_MS)) };
}

/**
 * Stores a completed response (< 500), or forgets the key so a retry runs again. `keepAcrossReset`:
 * the request was the reset itself, which dropped every record — its own is put back, so a retried
 * reset is answered, not run again.
 */
export function finishIdempotent(store: Store, record: IdempotencyRecord, response: StoredResponse, keepAcrossReset = false): void {
  if (response.status >= 500) {
    store.idempotency.remove(record);
    return;
  }
  if (store.idempotency.complete(record, response)) return;
  if (keepAcrossReset) store.idempotency.restore(record, response);
}
