// The contract checker itself must fail what the contract does not declare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOperation, problemErrors, responseErrors, schemaErrors, webhookErrors } from './support/contract.js';

const headers = (h: Record<string, string>) => new Headers({ 'Request-Id': 'req_1', 'RateLimit-Limit': '300', 'RateLimit-Remaining': '299', 'RateLimit-Reset': '60', ...h });
const json = headers({ 'Content-Type': 'application/json' });

test('operations are found by method and path template', () => {
  assert.equal(findOperation('GET', '/v1/events/evt_1/calendar.ics')?.operation.operationId, 'getEventCalendar');
  assert.equal(findOperation('POST', '/v1/sandbox/membership-applications/x/decision')?.operation.operationId, 'decideMembershipApplication');
  assert.equal(findOperation('GET', '/healthz')?.operation.operationId, 'healthz');
  assert.equal(findOperation('PUT', '/v1/events'), undefined);
});

test('undeclared operations and statuses, wrong bodies, content types and headers all fail', () => {
  const ok = { method: 'GET', path: '/v1/membership', status: 200, headers: json, body: JSON.stringify({ memberNumber: 'SH1', organisationId: 'o', since: '2026-11-30', status: 'active' }) };
  assert.deepEqual(responseErrors(ok), []);
  assert.match(responseErrors({ ...ok, path: '/v1/nowhere' })[0]!, /no such operation/);
  assert.match(responseErrors({ ...ok, status: 418 })[0]!, /not declared/);
  assert.match(responseErrors({ ...ok, body: JSON.stringify({ memberNumber: 'SH1' }) })[0]!, /body/);
  assert.match(responseErrors({ ...ok, body: JSON.stringify({ memberNumber: 'SH1', organisationId: 'o', since: '2026-11-30T10:00:00Z', status: 'active' }) })[0]!, /format/);
  assert.match(responseErrors({ ...ok, headers: headers({ 'Content-Type': 'text/plain' }) })[0]!, /content type/);
  const noId = new Headers(json);
  noId.delete('Request-Id');
  assert.match(responseErrors({ ...ok, headers: noId })[0]!, /Request-Id/);
  const badLimit = new Headers(json);
  badLimit.set('RateLimit-Remaining', 'lots');
  assert.match(responseErrors({ ...ok, headers: badLimit })[0]!, /RateLimit-Remaining/);
  assert.match(
    responseErrors({ method: 'DELETE', path: '/v1/webhook-endpoints/x', status: 204, headers: json, body: 'x' })[0]!,
    /no body is declared/,
  );
  assert.ok(problemErrors({ ...ok, status: 404 }).length > 0);
  assert.ok(schemaErrors('Problem', { code: 'nope' }).length > 0);
  assert.ok(webhookErrors('member.status_changed', '{"type":"member.status_changed"}', 't=1,v1=00').length > 0);
});
