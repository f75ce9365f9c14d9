/**
 * Keeps credentials out of errors. An error is logged, reported and shown; the secret key (`sk_…`),
 * a client token (`wst_…`), a webhook secret (`whsec_…`) or an `Authorization` value in one would leak
 * with it. Every `UnionKitError` passes its message, cause, problem and headers through here.
 */

/**
 * One pass finds both kinds: an `Authorization` value (a scheme and a token68-like credential of 8
 * characters or more), or a prefixed credential up to a delimiter.
 */
const SECRET = /\b(?:(Bearer|Basic)\s+[\w.~+/-]{8,}=*|(sk|wst|whsec)_[A-Za-z0-9][^\s"'`,;)\]}>]*)/gi;
const MAX_DEPTH = 5;
/** Header names whose values are credentials whatever they look like. */
const SECRET_HEADERS = /^(proxy-)?authorization$|^(set-)?cookie$/i;
/** Names of properties copied from a cause: what helps debugging a network failure, never a request. */
const KEPT = ['code', 'errno', 'syscall', 'address', 'port', 'status', 'type'];

/** `text` with every credential replaced by `[redacted]` (its prefix kept, so the kind is still told). */
export function redact(text: string): string {
  return text.replace(SECRET, (_, scheme?: string, prefix?: string) => (scheme ? `${scheme} [redacted]` : `${prefix}_[redacted]`));
}

/** A copy of JSON-like data (a problem body) with credentials redacted from every string and key. */
export function redactJson<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redact(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH * 2) return undefined as T;
  const copy = (v: unknown) => redactJson(v, depth + 1);
  return (Array.isArray(value) ? value.map(copy) : Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), copy(v)]))) as T;
}

/** Response headers without credential-bearing ones, other values redacted. */
export function redactHeaders(headers: Headers): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    if (!SECRET_HEADERS.test(name)) out.append(name, redact(value));
  });
  return out;
}

const hidden = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, configurable: true, writable: true });

/**
 * A stand-in for `err` that can be logged safely: an `Error` with the same `name`, the message and stack
 * redacted, a few primitive debugging properties (`code`, `errno`, `syscall`, …) and its own causes made
 * safe the same way. Objects hung on errors by fetch libraries (`request`, `options`, `response`, with
 * their headers) are left behind.
 */
export function safeCause(err: unknown, depth = 0): unknown {
  if (typeof err === 'string') return redact(err);
  if (typeof err !== 'object' || err === null) return err;
  if (depth >= MAX_DEPTH) return undefined;
  const source = err as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? redact(v) : undefined);
  const message = text(source.message) ?? redact(Object.prototype.toString.call(err));
  const copy = new Error(message) as Error & Record<string, unknown>;
  hidden(copy, 'name', text(source.name) ?? 'Error');
  hidden(copy, 'stack', text(source.stack) ?? `${copy.name}: ${message}`);
  for (const key of KEPT) {
    const v = source[key];
    if (typeof v === 'number' || typeof v === 'boolean') copy[key] = v;
    else if (typeof v === 'string') copy[key] = redact(v);
  }
  if (source.cause !== undefined) hidden(copy, 'cause', safeCause(source.cause, depth + 1));
  // AggregateError (e.g. Node trying IPv6 and IPv4 and failing both).
  if (Array.isArray(source.errors)) copy.errors = source.errors.slice(0, 10).map((e) => safeCause(e, depth + 1));
  return copy;
}
