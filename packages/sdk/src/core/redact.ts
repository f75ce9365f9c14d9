/**
 * Keeps credentials out of errors. An error is logged, reported and shown; the secret key (`sk_…`),
 * a client token (`wst_…`), a webhook secret (`whsec_…`) or an `Authorization` value in one would leak
 * with it. Every `UnionKitError` passes its message, cause, problem and headers through here.
 */

const CREDENTIAL = /\b(sk|wst|whsec)_[A-Za-z0-9][^\s"'`,;)\]}>]*/g;
/** An `Authorization` value: a scheme and a token68-like credential of 8 characters or more. */
const SCHEME = /\b(Bearer|Basic)\s+[\w.~+/-]{8,}=*/gi;
const MAX_DEPTH = 5;
/** Header names whose values are credentials whatever they look like. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/** `text` with every credential replaced by `[redacted]` (its prefix kept, so the kind is still told). */
export function redact(text: string): string {
  return text.replace(SCHEME, '$1 [redacted]').replace(CREDENTIAL, '$1_[redacted]');
}

/** A copy of JSON-like data (a problem body) with credentials redacted from every string. */
export function redactJson<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redact(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH * 2) return undefined as T;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redact(k)] = redactJson(v, depth + 1);
  return out as T;
}

/** Response headers without credential-bearing ones, other values redacted. */
export function redactHeaders(headers: Headers): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    if (!SECRET_HEADERS.has(name.toLowerCase())) out.append(name, redact(value));
  });
  return out;
}

/** Names of properties copied from a cause: what helps debugging a network failure, never a request. */
const KEPT = ['code', 'errno', 'syscall', 'address', 'port', 'status', 'type'] as const;

/**
 * A stand-in for `err` that can be logged safely: an `Error` with the same `name`, the message and stack
 * redacted, a few primitive debugging properties (`code`, `errno`, `syscall`, …) and its own causes made
 * safe the same way. Objects hung on errors by fetch libraries (`request`, `options`, `response`, with
 * their headers) are left behind.
 */
export function safeCause(err: unknown, depth = 0): unknown {
  if (err === undefined || err === null) return err;
  if (typeof err === 'string') return redact(err);
  if (typeof err !== 'object') return err;
  if (depth >= MAX_DEPTH) return undefined;
  const source = err as { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown; errors?: unknown };
  const message = typeof source.message === 'string' ? redact(source.message) : redact(Object.prototype.toString.call(err));
  const copy = new Error(message) as Error & Record<string, unknown>;
  if (typeof source.name === 'string') Object.defineProperty(copy, 'name', { value: redact(source.name), configurable: true, writable: true });
  Object.defineProperty(copy, 'stack', {
    value: typeof source.stack === 'string' ? redact(source.stack) : `${copy.name}: ${message}`,
    configurable: true,
    writable: true,
  });
  for (const key of KEPT) {
    const v = (err as Record<string, unknown>)[key];
    if (typeof v === 'string') copy[key] = redact(v);
    else if (typeof v === 'number' || typeof v === 'boolean') copy[key] = v;
  }
  if (source.cause !== undefined) {
    Object.defineProperty(copy, 'cause', { value: safeCause(source.cause, depth + 1), configurable: true, writable: true });
  }
  // AggregateError (e.g. Node trying IPv6 and IPv4 and failing both).
  if (Array.isArray(source.errors)) copy.errors = source.errors.slice(0, 10).map((e) => safeCause(e, depth + 1));
  return copy;
}
