// What the API would refuse is refused before anything is sent, with a clear error: an idempotency
// key that is empty, blank, padded with spaces, too long or not printable ASCII; a JSON body over the
// API's 1 MiB limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_REQUEST_BODY_BYTES, RequestValidationError, UnionClient, type ClientOptions } from '@unionkit/sdk';
import { zJobApplication } from '@unionkit/sdk/schemas';
import { application, applyBody } from './support/fixtures.js';
import { json, scriptedFetch } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
function client(fetch: ClientOptions['fetch']) {
  return new UnionClient({ baseUrl: BASE, token: 'wst_test_session', fetch, retryDelay: () => 0 });
}

test('a bad idempotency key is refused before sending, naming the header and what is wrong', async () => {
  const { fetch, seen } = scriptedFetch([json(application, 201)]);
  const c = client(fetch);
  for (const [key, code] of [
    ['', 'too_small'],
    [' ', 'invalid_format'],
    ['   ', 'invalid_format'],
    [' form-1', 'invalid_format'],
    ['form-1 ', 'invalid_format'],
    ['x'.repeat(256), 'too_big'],
    ['表单-1', 'invalid_format'],
    ['form\t1', 'invalid_format'],
    ['form\n1', 'invalid_format'],
    [42, 'invalid_type'],
  ] as const) {
    await assert.rejects(c.membership.apply(applyBody, { idempotencyKey: key as string }), (err: unknown) => {
      assert.ok(err instanceof RequestValidationError, JSON.stringify(key));
      assert.deepEqual(err.errors.map((e) => [e.path, e.code]), [['Idempotency-Key', code]], JSON.stringify(key));
      assert.match(err.errors[0]!.message, /幂等键.*1–255.*An idempotency key is 1–255 printable ASCII characters/);
      return true;
    });
    // An action's key is checked the same way.
    await assert.rejects(c.events.cancelRegistration('reg_1', { idempotencyKey: key as string }), RequestValidationError);
  }
  assert.equal(seen.length, 0, 'nothing was sent');

  for (const key of ['x'.repeat(255), 'a', 'form 7f3a submit', '~!@#$%^&*()']) {
    await c.membership.apply(applyBody, { idempotencyKey: key });
    assert.equal(seen.at(-1)!.headers.get('idempotency-key'), key);
  }
});

test('a body over the API\'s 1 MiB limit is refused before sending; one at the limit is sent', async () => {
  assert.equal(MAX_REQUEST_BODY_BYTES, 1024 * 1024);
  const { fetch, seen } = scriptedFetch([json({ id: 'japp_1', jobPostingId: 'job_1', status: 'submitted', createdAt: '2026-11-02T10:00:00+08:00', updatedAt: '2026-11-02T10:00:00+08:00' }, 201)]);
  const c = client(fetch);
  const consents = [{ purpose: 'job_application_sharing' as const, noticeVersion: '2026-11' }];
  const envelope = JSON.stringify({ message: '', consents }).length;
  // The contract limits `message`, so go through the core with no body schema (as an operation the
  // SDK does not wrap yet would): the size check is on what would be sent, whatever the operation.
  const send = (message: string) =>
    c.request({ method: 'POST', path: '/job-postings/job_1/applications', body: { message, consents }, response: zJobApplication });
  for (const [what, message] of [
    ['ASCII', 'a'.repeat(MAX_REQUEST_BODY_BYTES - envelope + 1)],
    ['Chinese (3 bytes each)', '骑'.repeat(Math.ceil((MAX_REQUEST_BODY_BYTES - envelope + 1) / 3))],
    ['emoji (4 bytes each)', '🛵'.repeat(Math.ceil((MAX_REQUEST_BODY_BYTES - envelope + 1) / 4))],
    ['far over', 'a'.repeat(5 * MAX_REQUEST_BODY_BYTES)],
  ] as const) {
    await assert.rejects(send(message), (err: unknown) => {
      assert.ok(err instanceof RequestValidationError, what);
      assert.deepEqual(err.errors.map((e) => [e.path, e.code]), [['', 'too_big']], what);
      assert.match(err.errors[0]!.message, /1 MiB/);
      return true;
    });
  }
  assert.equal(seen.length, 0, 'nothing was sent');

  await send('a'.repeat(MAX_REQUEST_BODY_BYTES - envelope)).catch(() => undefined);
  assert.equal(seen.length, 1, 'exactly at the limit is sent');
  assert.equal(new TextEncoder().encode(seen[0]!.body).byteLength, MAX_REQUEST_BODY_BYTES);
});
