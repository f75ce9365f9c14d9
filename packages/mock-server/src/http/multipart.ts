/**
 * `multipart/form-data` bodies (`POST /files`): read as bytes up to the operation's own limit, parsed
 * with the platform's `Request.formData()` (the same in Node and in browsers, so msw and the node
 * server agree), and fingerprinted for idempotency by their parts rather than their bytes: a retried
 * upload carries another boundary, yet it is the same request.
 */
import { fieldError, ProblemError, validationFailed } from '../domain/problem.js';
import { rawBodyOf } from './body.js';

/** What an operation with a multipart body declares instead of a JSON schema. */
export interface FormSpec<B> {
  /** Largest body read, in bytes; past it `tooLarge()` (413). */
  maxBytes: number;
  tooLarge(): ProblemError;
  /** Validates the parts (4xx before anything is kept). */
  parse(form: FormData): B | Promise<B>;
  /** The text the idempotency fingerprint is taken over, in place of the raw body (the same parts → the same text). */
  fingerprint(body: B): string | Promise<string>;
}

export function isMultipartContentType(value: string | null): boolean {
  return value !== null && value.split(';')[0]!.trim().toLowerCase() === 'multipart/form-data';
}

/** The body's bytes, no more than `maxBytes` (else `tooLarge()`, before or while reading). */
export async function readBodyBytes(request: Request, maxBytes: number, tooLarge: () => ProblemError): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  const raw = rawBodyOf(request);
  if (raw !== undefined) {
    if (raw.byteLength > maxBytes) throw tooLarge();
    return new Uint8Array(raw);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge();
      chunks.push(value);
    }
  } catch (e) {
    // Not awaited: msw hands handlers a branch of a tee, whose cancel settles only with the other's.
    if (e instanceof ProblemError) void reader.cancel().catch(() => undefined);
    throw e;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The parts of a multipart body: 415 when it is not `multipart/form-data`, 422 when it cannot be read. */
export async function parseMultipart(bytes: Uint8Array<ArrayBuffer>, contentType: string | null): Promise<FormData> {
  if (!isMultipartContentType(contentType)) {
    throw new ProblemError(
      415,
      'unsupported_media_type',
      `请求体须为 multipart/form-data（收到 ${contentType ?? '无 Content-Type'}）。 The body must be multipart/form-data (got ${contentType ?? 'no Content-Type'}).`,
    );
  }
  try {
    return await new Request('http://multipart.invalid/', { method: 'POST', headers: { 'content-type': contentType! }, body: bytes }).formData();
  } catch {
    throw validationFailed(
      [fieldError('file', 'required', '请求体不是可读的 multipart/form-data，未找到文件。 The body is not readable multipart/form-data; no file was found.')],
      '请求体不是可读的 multipart/form-data。 The body is not readable multipart/form-data.',
    );
  }
}

/** Reads, parses and validates a multipart body. */
export async function readForm<B>(request: Request, spec: FormSpec<B>): Promise<B> {
  const bytes = await readBodyBytes(request, spec.maxBytes, spec.tooLarge);
  return spec.parse(await parseMultipart(bytes, request.headers.get('content-type')));
}

/** Hex SHA-256 of bytes (WebCrypto, in Node and browsers alike). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
