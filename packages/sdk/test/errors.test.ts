import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  UnionKitError,
  ValidationError,
} from '@unionkit/sdk';
// The factory and the header parser are machinery, not exported from the package root.
import { makeApiError, parseRetryAfter } from '../src/core/errors.js';

function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return {
    type: `urn:unionkit:problem:${code}`,
    title: '请求有误。 Something is wrong.',
    status,
    detail: `Detail of ${code}.`,
    code,
    requestId: 'req_01HZX',
    ...extra,
  };
}

// The one table that maps a status to a class. Every status the API documents, plus the edges.
const TABLE: [number, string, new (...a: never[]) => ApiError][] = [
  [400, 'invalid_json', BadRequestError],
  [401, 'unauthenticated', AuthenticationError],
  [401, 'token_expired', AuthenticationError],
  [403, 'forbidden_scope', PermissionError],
  [403, 'secret_key_in_browser', PermissionError],
  [403, 'origin_not_allowed', PermissionError],
  [404, 'not_found', NotFoundError],
  [404, 'not_a_member', NotFoundError],
  [405, 'method_not_allowed', ApiError],
  [408, 'timeout', ApiError],
  [409, 'idempotency_key_reused', ConflictError],
  [409, 'request_in_progress', ConflictError],
  [409, 'already_member', ConflictError],
  [410, 'not_found', ApiError],
  [415, 'unsupported_media_type', ValidationError],
  [422, 'validation_failed', ValidationError],
  [422, 'not_eligible', ValidationError],
  [429, 'rate_limited', RateLimitError],
  [429, 'sms_attempts_exceeded', RateLimitError],
  [500, 'server_error', ServerError],
  [502, 'server_error', ServerError],
  [503, 'server_error', ServerError],
  [504, 'timeout', ServerError],
  [599, 'server_error', ServerError],
];

for (const [status, code, Class] of TABLE) {
  test(`status ${status} (${code}) → ${Class.name}`, () => {
    const err = makeApiError(status, problem(status, code), { 'Request-Id': 'req_01HZX' });
    assert.equal(err.constructor, Class);
    assert.ok(err instanceof ApiError);
    assert.ok(err instanceof UnionKitError);
    assert.ok(err instanceof Error);
    assert.equal(err.status, status);
    assert.equal(err.code, code);
    assert.equal(err.requestId, 'req_01HZX');
    assert.equal(err.name, Class.name);
    assert.match(err.message, new RegExp(`^${status} ${code}`));
  });
}

test('field errors, problem and headers are kept', () => {
  const errors = [
    { path: 'residentIdNumber', code: 'invalid_checksum', message: '身份证号校验位不正确。' },
    { path: 'consents.0.purpose', code: 'invalid_value', message: '不是允许的值。' },
  ];
  const err = makeApiError(422, problem(422, 'validation_failed', { errors }), { 'Request-Id': 'req_1' });
  assert.ok(err instanceof ValidationError);
  assert.deepEqual(err.errors, errors);
  assert.equal(err.problem?.status, 422);
  assert.equal(err.headers.get('request-id'), 'req_1');
});

test('extra problem members (not_eligible reasons) stay reachable', () => {
  const err = makeApiError(422, problem(422, 'not_eligible', { reasons: ['age_limit'] }));
  assert.deepEqual(err.problem?.reasons, ['age_limit']);
});

test('a body that is not a problem still gives the right class, without a code', () => {
  const err = makeApiError(502, '<html>Bad gateway</html>', { 'Request-Id': 'req_gw' });
  assert.ok(err instanceof ServerError);
  assert.equal(err.code, undefined);
  assert.equal(err.problem, undefined);
  assert.equal(err.requestId, 'req_gw');
  assert.deepEqual(err.errors, []);
  assert.ok(makeApiError(404, undefined) instanceof NotFoundError);
});

test('RateLimitError.retryAfter reads Retry-After seconds', () => {
  const err = makeApiError(429, problem(429, 'rate_limited'), { 'Retry-After': '7' });
  assert.ok(err instanceof RateLimitError);
  assert.equal(err.retryAfter, 7);
  const none = makeApiError(429, problem(429, 'rate_limited'));
  assert.equal((none as RateLimitError).retryAfter, undefined);
});

test('parseRetryAfter: seconds, HTTP date, junk', () => {
  assert.equal(parseRetryAfter('1'), 1);
  assert.equal(parseRetryAfter(' 30 '), 30);
  const now = Date.parse('2026-11-02T08:00:00Z');
  assert.equal(parseRetryAfter('Mon, 02 Nov 2026 08:00:10 GMT', now), 10);
  assert.equal(parseRetryAfter('Mon, 02 Nov 2026 07:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(parseRetryAfter(''), undefined);
});
