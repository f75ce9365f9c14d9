/**
 * The node adapter's reading and writing: the request target, bounded body reads, answering a body
 * that is too large without resetting the connection, and streaming a fetch `Response` back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer } from '../http/pipeline.js';
import { isCanonicalPath } from '../http/routing.js';

export interface Target {
  /** Still percent-encoded: `/v1/events/evt_1`. */
  path: string;
  /** `?…` or ''. */
  search: string;
}

/** The origin-form target of `rawUrl` when its path is canonical (`../http/routing.ts`), else null. */
export function parseTarget(rawUrl: string): Target | null {
  if (!rawUrl.startsWith('/')) return null; // absolute-form, authority-form, `*`
  const q = rawUrl.search(/[?#]/);
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const search = q < 0 || rawUrl[q] === '#' ? '' : rawUrl.slice(q).replace(/#.*$/, '');
  return path === '/' || isCanonicalPath(path) ? { path, search } : null;
}

/** The origin `Host` names when it is a plain host name or address with a valid port, else the fallback's. */
export function originOf(hostHeader: string | undefined, fallback: string): string {
  const host = hostHeader ?? '';
  const m = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::(\d{1,5}))?$/.exec(host);
  if (m && (m[1] === undefined || Number(m[1]) <= 65535)) {
    try {
      return new URL(`http://${host}`).origin;
    } catch {
      // not a host the URL parser takes: use the fallback
    }
  }
  return `http://${fallback}`;
}

/** The declared body length, null when none is declared (chunked or no body). */
export function declaredLength(req: IncomingMessage): number | null {
  const value = req.headers['content-length'];
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

export function hasBody(req: IncomingMessage): boolean {
  const declared = declaredLength(req);
  return declared !== null ? declared > 0 : req.headers['transfer-encoding'] !== undefined;
}

export type BodyRead = { kind: 'body'; body: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

/**
 * Reads the body up to `limit` bytes. Past the limit it stops keeping bytes (the stream keeps
 * flowing, for `refuseBody()` to drain); a connection that closes first is `aborted`.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: BodyRead) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done({ kind: 'too_large' });
      else chunks.push(chunk);
    };
    const onEnd = () => done({ kind: 'body', body: Buffer.concat(chunks) });
    const onAbort = () => done({ kind: 'aborted' });
    const onClose = () => {
      if (!req.complete) onAbort();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
  });
}

function headerObject(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['x-content-type-options'] = 'nosniff';
  return headers;
}

/**
 * Answers a request whose body is refused, then closes the connection without a reset: the whole
 * answer (with its Content-Length and `Connection: close`) goes out at once, and the connection ends
 * only once the rest of the body has been read and thrown away — closing with unread bytes would
 * make the client's kernel see a reset, and its next request fail with ECONNRESET. `bodyComing` is
 * false when the client waits for `100 Continue` and was never asked to send it.
 */
export async function refuseBody(req: IncomingMessage, res: ServerResponse, response: Response, bodyComing: boolean): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headerObject(response), 'content-length': String(body.length), connection: 'close' });
  if (!bodyComing || req.complete) {
    res.end(body);
    return;
  }
  res.write(body);
  req.removeAllListeners('data');
  req.once('end', () => res.end());
  req.once('close', () => {
    if (!res.writableEnded) res.destroy();
  });
  req.resume();
}

/**
 * A signal that aborts if the client goes away before `res` is answered. Made only when a held
 * request (`timeout`, `slow:<ms>`) asks for it, not for every request.
 */
export function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) controller.abort();
  };
  if (res.destroyed) onClose();
  else res.once('close', onClose);
  return controller.signal;
}

/**
 * Writes a sandbox answer as it is, in one go with its Content-Length (headers only for HEAD): what
 * `writeResponse(toResponse(answer))` sends, without building and reading a fetch `Response`.
 */
export function writeAnswer(res: ServerResponse, answer: Answer, head: boolean): void {
  const { body } = answer;
  const headers = body === null ? answer.headers : { ...answer.headers, 'content-length': String(Buffer.byteLength(body)) };
  res.writeHead(answer.status, headers);
  // A string body goes out with the headers in one write (node joins them); no Buffer copy first.
  // Bytes (a list page built from stored text) go as they are.
  if (body === null || head) res.end();
  else if (typeof body === 'string') res.end(body, 'utf8');
  else res.end(body);
}

/** Streams `response` to `res` (headers only for HEAD), stopping if the client goes away. */
export async function writeResponse(res: ServerResponse, response: Response, head: boolean): Promise<void> {
  res.writeHead(response.status, headerObject(response));
  if (!response.body || head) {
    await response.body?.cancel().catch(() => undefined);
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const go = () => {
            res.off('drain', go);
            res.off('close', go);
            resolve();
          };
          res.on('drain', go);
          res.on('close', go);
        });
      }
    }
  } finally {
    if (res.destroyed) await reader.cancel().catch(() => undefined);
    res.end();
  }
}
