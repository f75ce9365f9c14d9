// Two copies of the SDK in one app (a partner's bundle beside the widgets', or two versions side by
// side) must still recognise each other's errors: `instanceof` and `isUnionKitError` read the brand
// under `Symbol.for('unionkit.error')`, not only the prototype chain of this copy's classes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import * as A from '@unionkit/sdk';
import * as AServer from '@unionkit/sdk/server';
import { problem, scriptedFetch } from './support/http.js';

type Sdk = typeof A;

/** A second, separate copy of the whole SDK: every module loaded again, with classes of its own. */
async function secondCopy(): Promise<Sdk> {
  const B = (await tsImport('../src/index.ts', import.meta.url)) as Sdk;
  assert.notEqual(B.ApiError, A.ApiError, 'really another copy');
  return B;
}

const BASE = 'http://localhost:4010/v1';

test('an error thrown by another copy of the SDK is recognised by instanceof, class by class', async () => {
  const B = await secondCopy();
  const { fetch } = scriptedFetch([problem(404, 'not_a_member')]);
  const clientB = new B.UnionClient({ baseUrl: BASE, token: 'wst_test', fetch, maxRetries: 0 });
  const err: unknown = await clientB.membership.retrieve().then(
    () => assert.fail('expected a 404'),
    (e: unknown) => e,
  );
  assert.ok(!(Object.getPrototypeOf(err) === A.NotFoundError.prototype), 'made by copy B');
  assert.ok(err instanceof A.NotFoundError);
  assert.ok(err instanceof A.ApiError);
  assert.ok(err instanceof A.UnionKitError);
  assert.ok(A.isUnionKitError(err));
  assert.equal(err.status, 404);
  assert.equal(err.code, 'not_a_member');
  assert.equal(err.name, 'NotFoundError');
  assert.match(String(err.stack), /^NotFoundError: 404 not_a_member/, 'the stack says which error');
  // Its siblings are not mistaken for it.
  assert.ok(!(err instanceof A.ConflictError));
  assert.ok(!(err instanceof A.ServerError));
  assert.ok(!(err instanceof A.ConnectionError));
  // Machinery of copy A that branches on classes reads it right: a 404 is not worth retrying.
  assert.equal(A.isRetryable(err), false);
});

test('every error class of one copy is known to the other, and in both directions', async () => {
  const B = await secondCopy();
  const h = new Headers();
  type ErrorName =
    | 'ServerError'
    | 'RateLimitError'
    | 'TimeoutError'
    | 'ConnectionError'
    | 'AbortError'
    | 'TokenError'
    | 'PaginationError'
    | 'RequestValidationError'
    | 'ResponseValidationError';
  const cases: [unknown, unknown, ErrorName][] = [
    [new B.ServerError(503, undefined, h), new A.ServerError(503, undefined, h), 'ServerError'],
    [new B.RateLimitError(429, undefined, h), new A.RateLimitError(429, undefined, h), 'RateLimitError'],
    [new B.TimeoutError(), new A.TimeoutError(), 'TimeoutError'],
    [new B.ConnectionError(), new A.ConnectionError(), 'ConnectionError'],
    [new B.AbortError(), new A.AbortError(), 'AbortError'],
    [new B.TokenError('no token'), new A.TokenError('no token'), 'TokenError'],
    [new B.PaginationError('loop'), new A.PaginationError('loop'), 'PaginationError'],
    [new B.RequestValidationError([]), new A.RequestValidationError([]), 'RequestValidationError'],
    [new B.ResponseValidationError(200, h, []), new A.ResponseValidationError(200, h, []), 'ResponseValidationError'],
  ];
  for (const [fromB, fromA, name] of cases) {
    assert.ok(fromB instanceof (A[name] as new () => unknown), `B's ${name} is A's`);
    assert.ok(fromA instanceof (B[name] as new () => unknown), `A's ${name} is B's`);
    assert.ok(A.isUnionKitError(fromB) && B.isUnionKitError(fromA));
  }
  // A timeout is a connection error in either copy, and worth a retry.
  assert.ok(new B.TimeoutError() instanceof A.ConnectionError);
  assert.equal(A.isRetryable(new B.TimeoutError()), true);
  assert.equal(A.isRetryable(new B.ServerError(503, undefined, h)), true);
  assert.equal(A.isRetryable(new B.AbortError()), false);
  // A token error keeps its code across copies.
  const token = new B.TokenError('key in a page', { code: 'secret_key_in_browser' });
  assert.ok(token instanceof A.TokenError && token.code === 'secret_key_in_browser');
});

test('only SDK errors carry the brand: plain errors and look-alikes are not SDK errors', async () => {
  class NotFoundError extends Error {
    status = 404;
    code = 'not_found';
  }
  for (const value of [new Error('x'), new NotFoundError(), { status: 404, code: 'not_found' }, null, undefined, 'ApiError', 42]) {
    assert.ok(!(value instanceof A.ApiError));
    assert.ok(!(value instanceof A.UnionKitError));
    assert.ok(!A.isUnionKitError(value));
  }
  // A partner's own subclass is matched by its prototype, as any class.
  class MyError extends A.ApiError {}
  const mine = new MyError(400, undefined, new Headers());
  assert.ok(mine instanceof MyError && mine instanceof A.ApiError && mine instanceof A.UnionKitError);
  assert.ok(!(new A.ApiError(400, undefined, new Headers()) instanceof MyError));
  // The brand is not an enumerable property: it never lands in JSON or a log of the error's fields.
  assert.ok(!Object.keys(mine).some((k) => k.includes('brand')));
  assert.equal(JSON.stringify(Object.getOwnPropertySymbols(mine)), '[]');
});


test('the server entry’s errors are recognised across copies too', async () => {
  const B = (await tsImport('../src/server/index.ts', import.meta.url)) as typeof AServer;
  assert.notEqual(B.WebhookSignatureError, AServer.WebhookSignatureError, 'really another copy');
  const signature = new B.WebhookSignatureError('no_matching_signature', 'bad');
  assert.ok(signature instanceof AServer.WebhookSignatureError && signature instanceof A.UnionKitError);
  assert.ok(!(signature instanceof AServer.WebhookPayloadError));
  assert.equal(signature.name, 'WebhookSignatureError');
  assert.ok(new B.WebhookPayloadError('x') instanceof AServer.WebhookPayloadError);
  assert.ok(new B.BodyTooLargeError(10) instanceof AServer.BodyTooLargeError);
});
