/** What an operation hands back before headers are added: status, body and content type. */
import type { Problem } from '@unionkit/contract';
import { PROBLEM_TITLES, type ProblemError } from '../domain/problem.js';

export interface ApiResult {
  status: number;
  /** Serialised body (text, or its UTF-8 bytes), or null for none (204). */
  body: string | Uint8Array<ArrayBuffer> | null;
  contentType: string | null;
  headers?: Record<string, string>;
}

export function json(status: number, value: unknown, headers?: Record<string, string>): ApiResult {
  return { status, body: JSON.stringify(value), contentType: 'application/json', headers };
}

/** JSON text in pieces: UTF-8 bytes kept from before (a stored record's text) and strings. */
export type JsonPiece = Uint8Array | string;

const encoder = new TextEncoder();
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The pieces as one UTF-8 byte array. The strings of a page are short and ASCII (commas, counts,
 * flags): they are copied in as they are, anything else is encoded first.
 */
export function utf8(pieces: readonly JsonPiece[]): Uint8Array<ArrayBuffer> {
  let size = 0;
  const parts: JsonPiece[] = [];
  for (const piece of pieces) {
    const part = typeof piece === 'string' && NOT_ASCII.test(piece) ? encoder.encode(piece) : piece;
    size += typeof part === 'string' ? part.length : part.byteLength;
    parts.push(part);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      for (let i = 0; i < part.length; i++) out[at + i] = part.charCodeAt(i);
      at += part.length;
    } else {
      out.set(part, at);
      at += part.byteLength;
    }
  }
  return out;
}

/**
 * A page of a list, `{"data":[…],"nextCursor":…}`, from items already serialised in pieces: a list
 * whose records never change (the service map, events) keeps each record's text as UTF-8 bytes and
 * adds only what varies, rather than stringifying (and encoding) the same text on every request.
 */
export function jsonPage(status: number, items: readonly (readonly JsonPiece[])[], nextCursor: string | null): ApiResult {
  const pieces: JsonPiece[] = ['{"data":['];
  items.forEach((item, i) => {
    if (i > 0) pieces.push(',');
    pieces.push(...item);
  });
  pieces.push(`],"nextCursor":${JSON.stringify(nextCursor)}}`);
  return { status, body: utf8(pieces), contentType: 'application/json' };
}

export function noContent(): ApiResult {
  return { status: 204, body: null, contentType: null };
}

export function text(status: number, body: string, contentType: string): ApiResult {
  return { status, body, contentType };
}

/** RFC 9457 problem details: `type` `urn:unionkit:problem:<code>`, bilingual title, `requestId`. */
export function problem(err: ProblemError, requestId: string): ApiResult {
  const body: Problem & Record<string, unknown> = {
    type: `urn:unionkit:problem:${err.code}`,
    title: PROBLEM_TITLES[err.code],
    status: err.status,
    detail: err.detail,
    code: err.code,
    requestId,
    ...(err.errors ? { errors: err.errors } : {}),
    ...(err.extra ?? {}),
  };
  return { status: err.status, body: JSON.stringify(body), contentType: 'application/problem+json', headers: err.headers };
}
