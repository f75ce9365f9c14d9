// The HTTP surface: bodies, queries, pagination, unknown routes and methods, headers, health.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SK, snapshot, startHarness } from './support/harness.js';

test('malformed JSON is 400 invalid_json; a non-JSON body is 415; nothing changes', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const before = snapshot(h);
  const bad = await h.call('POST', '/sms-verifications', { token, raw: '{"mobile": "138', contentType: 'application/json' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.code, 'invalid_json');
  const empty = await h.call('POST', '/sms-verifications', { token, raw: '', contentType: 'application/json' });
  assert.equal(empty.status, 400);
  const form = await h.call('POST', '/sms-verifications', { token, raw: 'mobile=13800138000', contentType: 'application/x-www-form-urlencoded' });
  assert.equal(form.status, 415);
  assert.equal(form.body.code, 'unsupported_media_type');
  const none = await h.call('POST', '/sms-verifications', { token, raw: '{"mobile":"13800138000"}', contentType: null });
  assert.equal(none.status, 415);
  const notObject = await h.call('POST', '/sms-verifications', { token, body: ['13800138000'] });
  assert.equal(notObject.status, 422);
  assert.equal(notObject.body.errors[0].code, 'invalid_type');
  assert.equal(snapshot(h), before);
  // +json media types are JSON
  const ok = await h.call('POST', '/sms-verifications', { token, raw: '{"mobile":"+8613800138000"}', contentType: 'application/merge-patch+json; charset=utf-8' });
  assert.equal(ok.status, 201);
  assert.equal(ok.body.mobileMasked, '138****8000');
});

test('an event registration accepts an empty body or {}, and rejects any field', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const none = await h.call('POST', '/events/evt_open/registrations', { token, contentType: null });
  assert.equal(none.status, 201);
  const other = await h.session();
  const extra = await h.call('POST', '/events/evt_open/registrations', { token: other, body: { seats: 2 } });
  assert.equal(extra.status, 422);
  assert.deepEqual(extra.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['seats', 'unknown_field']]);
});

test('query parameters are validated: types, ranges, enums, unknown ones', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const cases: [string, string, string][] = [
    ['/events?limit=0', 'limit', 'too_small'],
    ['/events?limit=101', 'limit', 'too_big'],
    ['/events?limit=ten', 'limit', 'invalid_type'],
    ['/events?limit=1.5', 'limit', 'invalid_type'],
    ['/events?category=poetry', 'category', 'invalid_value'],
    ['/events?from=yesterday', 'from', 'invalid_format'],
    ['/events?district=310000', 'district', 'invalid_value'],
    ['/events?colour=red', 'colour', 'unknown_field'],
    ['/events?cursor=not-a-cursor', 'cursor', 'invalid_value'],
    ['/union-organisations?acceptsMembers=yes', 'acceptsMembers', 'invalid_type'],
    ['/service-points?near=31.2', 'near', 'invalid_format'],
    ['/service-points?near=95,121', 'near', 'invalid_value'],
    ['/service-points?radiusM=100', 'near', 'required'],
    ['/service-points?near=31.2,121.4&radiusM=0', 'radiusM', 'too_small'],
    ['/service-points?types=rest_station,spa', 'types.1', 'invalid_value'],
    ['/job-postings?salaryMin=-1', 'salaryMin', 'too_small'],
    ['/job-postings?q=', 'q', 'too_small'],
    ['/events/evt_open?x=1', 'x', 'unknown_field'],
  ];
  for (const [path, field, code] of cases) {
    const res = await h.call('GET', path, { token });
    assert.equal(res.status, 422, path);
    assert.equal(res.body.code, 'validation_failed');
    assert.ok(
      res.body.errors.some((e: { path: string; code: string }) => e.path === field && e.code === code),
      `${path}: ${JSON.stringify(res.body.errors)}`,
    );
  }
  const longId = await h.call('GET', `/events/${'x'.repeat(65)}`, { token });
  assert.equal(longId.status, 422);
  assert.equal(longId.body.errors[0].path, 'id');
  const badRef = await h.call('GET', '/workers/has%20space/status', { token: SK });
  assert.equal(badRef.status, 422);
  assert.equal(badRef.body.errors[0].path, 'workerRef');
});

test('lists page with an opaque cursor: limit default 20, 1–100, nextCursor null at the end', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const first = await h.call('GET', '/job-postings', { token });
  assert.equal(first.body.data.length, 20);
  assert.equal(typeof first.body.nextCursor, 'string');
  assert.match(first.body.nextCursor, /^[A-Za-z0-9_-]+$/);
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await h.call('GET', `/job-postings?limit=37${cursor ? `&cursor=${cursor}` : ''}`, { token });
    ids.push(...res.body.data.map((j) => j.id));
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor);
  const all = await h.call('GET', '/job-postings?limit=100', { token });
  const rest = await h.call('GET', `/job-postings?limit=100&cursor=${all.body.nextCursor}`, { token });
  const everything = [...all.body.data, ...rest.body.data].map((j: { id: string }) => j.id);
  assert.deepEqual(ids, everything);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(pages, Math.ceil(ids.length / 37));
  assert.equal(rest.body.nextCursor, null);
});

test('unknown routes under /v1 are 404 not_found; a wrong method is 405 with Allow', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  for (const path of ['/v1/nope', '/v1', '/v1/events/evt_open/nope']) {
    const res = await h.call('GET', path, { token, check: 'problem' });
    assert.equal(res.status, 404, path);
    assert.equal(res.body.code, 'not_found');
  }
  const put = await h.call('PUT', '/events/evt_open', { token, body: {}, check: 'problem' });
  assert.equal(put.status, 405);
  assert.equal(put.body.code, 'method_not_allowed');
  assert.equal(put.headers.get('allow'), 'GET, HEAD, OPTIONS');
  const del = await h.call('DELETE', '/membership-applications', { token, check: 'problem' });
  assert.equal(del.status, 405);
  assert.equal(del.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
  const outside = await h.call('GET', '/elsewhere', { check: 'problem' });
  assert.equal(outside.status, 404);
});

test('every response carries Request-Id and RateLimit-*; GET /healthz answers ok', async (t) => {
  const h = await startHarness(t);
  const health = await h.call('GET', '/healthz');
  assert.equal(health.status, 200);
  assert.deepEqual(health.body, { status: 'ok' });
  const token = await h.session();
  const ids = new Set<string>();
  for (const path of ['/events?limit=1', '/events/none', '/membership']) {
    const res = await h.call('GET', path, { token });
    ids.add(res.headers.get('request-id')!);
    assert.ok(res.headers.get('ratelimit-remaining'));
    assert.ok(res.headers.get('ratelimit-reset'));
  }
  assert.equal(ids.size, 3);
  const unauth = await h.call('GET', '/events');
  assert.equal(unauth.headers.get('ratelimit-limit'), '300');
});

test('times in responses are RFC 3339 with +08:00, never Z', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const texts: string[] = [];
  for (const path of ['/events?limit=100', '/insurance-plans', '/job-postings?limit=100', '/service-points?limit=100']) {
    texts.push((await h.call('GET', path, { token })).text);
  }
  texts.push((await h.call('POST', '/sms-verifications', { token, body: { mobile: '13900139000' } })).text);
  const times = texts.flatMap((text) => text.match(/"\d{4}-\d{2}-\d{2}T[^"]+"/g) ?? []);
  assert.ok(times.length > 100);
  for (const time of times) assert.match(time, /^"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00"$/, time);
});
