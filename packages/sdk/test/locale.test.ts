// The client's language: `locale` is sent as `Accept-Language` on every request, can be changed after
// construction (`setLocale`, e.g. when a widget provider's `locale` changes) and per request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnionCore, UnionClient, UnionKitError, type ClientOptions } from '@unionkit/sdk';
import { job } from './support/fixtures.js';
import { json, scriptedFetch } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
function client(fetch: ClientOptions['fetch'], extra: Partial<ClientOptions> = {}) {
  return new UnionClient({ baseUrl: BASE, token: 'wst_test_session', fetch, retryDelay: () => 0, ...extra });
}
const page = (cursor: string | null) => json({ data: [job(1)], nextCursor: cursor });

test('locale is sent as Accept-Language on reads, creates, actions and every page of a list', async () => {
  const { fetch, seen } = scriptedFetch([
    json(job(1)),
    json({ id: 'sms_1', expiresAt: '2026-11-02T10:10:00+08:00' }, 201),
    json({ id: 'sms_1', verified: true }),
    page('2'),
    page(null),
  ]);
  const c = client(fetch, { locale: 'en' });
  assert.equal(c.locale, 'en');
  await c.jobs.retrieve('job_1');
  await c.smsVerifications.create({ mobile: '13800138000' });
  await c.smsVerifications.confirm('sms_1', { code: '000000' });
  for await (const _ of c.jobs.list()) void _;
  assert.equal(seen.length, 5);
  for (const s of seen) assert.equal(s.headers.get('accept-language'), 'en', `${s.method} ${s.url.pathname}${s.url.search}`);
});

test('setLocale changes later requests; per request wins; undefined sends none; tags are canonical', async () => {
  const { fetch, seen } = scriptedFetch([json(job(1))]);
  const c: UnionCore = client(fetch, { locale: 'zh-cn', defaultHeaders: { 'Accept-Language': 'fr' } });
  assert.equal(c.locale, 'zh-CN', 'canonical form');
  const jobs = (c as UnionClient).jobs;
  await jobs.retrieve('job_1');
  c.setLocale('en');
  await jobs.retrieve('job_1');
  await jobs.retrieve('job_1', { locale: 'zh-CN' });
  await jobs.retrieve('job_1', { locale: 'en', headers: { 'Accept-Language': 'en-GB' } });
  c.setLocale(undefined);
  assert.equal(c.locale, undefined);
  await jobs.retrieve('job_1');
  assert.deepEqual(
    seen.map((s) => s.headers.get('accept-language')),
    ['zh-CN', 'en', 'zh-CN', 'en-GB', 'fr'],
    'locale over defaultHeaders, per-request headers over all',
  );

  const none = scriptedFetch([json(job(1))]);
  await client(none.fetch).jobs.retrieve('job_1');
  assert.equal(none.seen[0]!.headers.has('accept-language'), false, 'no locale, no header');
});

test('a locale that is not a language tag is refused clearly', async () => {
  for (const bad of ['', 'zh_CN!', 'en;q=0.8\r\nX-Evil: 1', 42]) {
    assert.throws(() => client(scriptedFetch([]).fetch, { locale: bad as string }), (err: unknown) => {
      assert.ok(err instanceof UnionKitError);
      assert.match((err as Error).message, /language tag/);
      return true;
    });
  }
  const { fetch, seen } = scriptedFetch([json(job(1))]);
  const c = client(fetch);
  assert.throws(() => c.setLocale('not a tag'), /language tag/);
  await assert.rejects(c.jobs.retrieve('job_1', { locale: 'x y' }), /language tag/);
  assert.equal(seen.length, 0);
});
