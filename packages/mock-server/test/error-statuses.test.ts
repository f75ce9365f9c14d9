// Each error code's statuses and title come from the contract (`x-unionkit-errors`): the sandbox
// titles its problems with them, and the conformance check every sandbox test runs refuses a
// problem whose code is answered with a status the contract does not list for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODE_VALUES, ERROR_STATUSES, ERROR_TITLES } from '@unionkit/contract';
import { responseErrors } from './support/contract.js';
import { startHarness } from './support/harness.js';

test('every error code has its statuses and a Chinese-then-English title', () => {
  assert.deepEqual(Object.keys(ERROR_STATUSES).sort(), [...ERROR_CODE_VALUES].sort());
  for (const code of ERROR_CODE_VALUES) {
    assert.ok(ERROR_STATUSES[code].length > 0, code);
    for (const status of ERROR_STATUSES[code]) assert.ok(status >= 400 && status < 600, `${code}: ${status}`);
    assert.match(ERROR_TITLES[code], /^[^A-Za-z]*[\u4e00-\u9fff][^]*。 [A-Z]/, `${code}: 中文 then English`);
  }
});

const problem = (status: number, code: string) => ({
  method: 'POST',
  path: '/v1/events/evt_1/registrations',
  status,
  headers: new Headers({ 'content-type': 'application/problem+json', 'request-id': 'req_1' }),
  body: JSON.stringify({ type: `urn:unionkit:problem:${code}`, title: ERROR_TITLES.event_full, status, code, requestId: 'req_1' }),
});

test('the conformance check refuses a code answered with a status the contract does not list for it', () => {
  assert.deepEqual(
    responseErrors(problem(409, 'event_full')).filter((e) => e.includes('answered with')),
    [],
  );
  const wrong = responseErrors(problem(422, 'event_full'));
  assert.ok(wrong.some((e) => e.includes('code event_full is answered with 409, not 422')), wrong.join('\n'));
});

test('the sandbox titles a problem with the contract\'s title for its code', async (t) => {
  const h = await startHarness(t);
  const res = await h.call('POST', '/widget-sessions', { token: 'sk_test_not_a_key', body: { workerRef: 'rider-1', components: ['membership'] } });
  assert.equal(res.body.code, 'unauthenticated');
  assert.equal(res.body.title, ERROR_TITLES.unauthenticated);
  assert.ok((ERROR_STATUSES.unauthenticated as readonly number[]).includes(res.status));
});
