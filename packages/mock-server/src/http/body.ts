/**
 * Request bodies: at most `maxBodyBytes` (default 1 MiB; 413 `payload_too_large`), JSON only —
 * `application/json` (or `+json`, 415 otherwise), well-formed (400 `invalid_json`).
 */
import { ProblemError } from '../domain/problem.js';
import { matchRoute, type Route } from './routing.js';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function payloadTooLarge(maxBytes: number): ProblemError {
  return new ProblemError(
    413,
    'payload_too_large',
    `请求体不能超过 ${maxBytes} 字节。 The request body must not exceed ${maxBytes} bytes.`,
  );
}

/** The bytes the node adapter already read for a request (`setRawBody`). */
const rawBodies = new WeakMap<Request, Uint8Array>();

/**
 * Records the body the node adapter read from the socket, so that `readBodyText` decodes it once
 * instead of streaming it again out of the `Request` (and building a UTF-8 decoder per request), and
 * the adapter builds its `Request` without a body: on Node a body is a web stream, which cost about a
 * tenth of the sandbox's time per POST.
 */
export function setRawBody(request: Request, bytes: Uint8Array): void {
  rawBodies.set(request, bytes);
}

/** The bytes recorded by `setRawBody`, if any: the node adapter's `Request` then carries no body stream. */
export function rawBodyOf(request: Request): Uint8Array | undefined {
  return rawBodies.get(request);
}

const notUtf8 = () => new ProblemError(400, 'invalid_json', '请求体不是有效的 UTF-8 文本。 The request body is not valid UTF-8.');
// Decoding a whole buffer at once (no `stream`) leaves a decoder as it was: these two serve every request.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/**
 * The body as text, read no further than `maxBytes` (413 past it, before or while reading). With
 * `strictUtf8` (operations that take a JSON body, which must be UTF-8), bytes that are not UTF-8 are
 * 400 `invalid_json` rather than quietly replaced by U+FFFD and stored.
 */
export async function readBodyText(request: Request, maxBytes: number, strictUtf8 = false): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw payloadTooLarge(maxBytes);
  const raw = rawBodies.get(request);
  if (raw !== undefined) {
    if (raw.byteLength > maxBytes) throw payloadTooLarge(maxBytes);
    try {
      return (strictUtf8 ? strictDecoder : lenientDecoder).decode(raw);
    } catch {
      throw notUtf8();
    }
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: strictUtf8 });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw notUtf8();
    }
  };
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw payloadTooLarge(maxBytes);
      text += decode(value);
    }
    return text + decode();
  } catch (e) {
    // Not awaited: msw hands handlers a branch of a tee, whose cancel settles only with the other's.
    if (e instanceof ProblemError) void reader.cancel().catch(() => undefined);
    throw e;
  }
}

export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Parses the raw body. An empty body is `{}` when the operation's body is optional, else 400. A body
 * that is not declared JSON is 415; malformed JSON is 400.
 */
export function parseJsonBody(raw: string, contentType: string | null, optional: boolean): unknown {
  if (raw.trim() === '') {
    if (optional) return {};
    throw new ProblemError(400, 'invalid_json', '请求体不能为空，应为 JSON 对象。 The request body must be a JSON object, not empty.');
  }
  if (!isJsonContentType(contentType)) {
    throw new ProblemError(
      415,
      'unsupported_media_type',
      `请求体须为 application/json（收到 ${contentType ?? '无 Content-Type'}）。 The body must be application/json (got ${contentType ?? 'no Content-Type'}).`,
    );
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ProblemError(400, 'invalid_json', `请求体不是有效的 JSON：${why}。 The body is not valid JSON: ${why}.`);
  }
}

/**
 * The body limit for `method` at `below` (a path under the base): a route's own (a multipart upload)
 * or the sandbox's `maxBodyBytes`. The node server checks it before it reads the body.
 */
export function bodyLimitOf(
  routes: readonly Route[],
  maxBodyBytes: number,
  method: string,
  below: string,
): { bytes: number; tooLarge: () => ProblemError } {
  let own: Route['bodyLimit'];
  try {
    own = matchRoute(routes, method, below)?.route.bodyLimit;
  } catch {
    // a malformed escape: no route, the fallback answers
  }
  return own ?? { bytes: maxBodyBytes, tooLarge: () => payloadTooLarge(maxBodyBytes) };
}
