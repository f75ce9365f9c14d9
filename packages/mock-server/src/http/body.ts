/** JSON request bodies: `application/json` (or `+json`) only (415), well-formed (400 `invalid_json`). */
import { ProblemError } from '../domain/problem.js';

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
