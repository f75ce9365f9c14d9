/** What an operation hands back before headers are added: status, body and content type. */
import type { Problem } from '@unionkit/contract';
import { PROBLEM_TITLES, type ProblemError } from '../domain/problem.js';

export interface ApiResult {
  status: number;
  /** Serialised body, or null for none (204). */
  body: string | null;
  contentType: string | null;
  headers?: Record<string, string>;
}

export function json(status: number, value: unknown, headers?: Record<string, string>): ApiResult {
  return { status, body: JSON.stringify(value), contentType: 'application/json', headers };
}

/**
 * A page of a list, `{"data":[…],"nextCursor":…}`, from items already serialised: a list whose records
 * never change (the service map) serialises each once and joins them, rather than stringifying the
 * same text on every request.
 */
export function jsonPage(status: number, itemsJson: readonly string[], nextCursor: string | null): ApiResult {
  return { status, body: `{"data":[${itemsJson.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`, contentType: 'application/json' };
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
