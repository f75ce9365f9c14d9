import { UnionKitError, brand } from '../core/errors.js';

/** The request body is larger than the limit given to `readRawBody`. */
export class BodyTooLargeError extends UnionKitError {
  readonly limit: number;
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.limit = limit;
  }
}
brand(BodyTooLargeError, 'BodyTooLargeError');

export interface ReadRawBodyOptions {
  /** Largest body accepted, in bytes. Default 1 MiB. */
  limit?: number;
}

/**
 * The raw bytes of a Node `http.IncomingMessage` (or any async iterable of chunks), for signature
 * checks. Read it before any JSON body parser touches the stream. Rejects with `BodyTooLargeError`
 * past `limit`, and stops reading.
 */
export async function readRawBody(
  req: AsyncIterable<Uint8Array | string> & { destroy?: (error?: Error) => void },
  { limit = 1024 * 1024 }: ReadRawBodyOptions = {},
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buf.byteLength;
    if (size > limit) {
      const error = new BodyTooLargeError(limit);
      req.destroy?.(error);
      throw error;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}
