// Job search and applications; consents and their withdrawal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, NOTICE, snapshot, startHarness } from './support/harness.js';

const CONSENT = [{ purpose: 'job_application_sharing', noticeVersion: NOTICE }];

interface Job {
  id: string;
  title: string;
  employer: string;
  description: string;
  occupation: string;
  employmentType: string;
  district: string;
  salaryMaxFen: number;
  postedAt: string;
}

test('job search: q over title, employer and description (any case), filters, newest first, expired excluded', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['jobs'] });
  const all = (await h.call('GET', '/job-postings?limit=100', { token })).body.data as Job[];
  const posted = all.map((j) => Date.parse(j.postedAt));
  assert.deepEqual(posted, [...posted].sort((a, b) => b - a));
  const store = h.server.sandbox.store;
  const live = store.jobPostings.filter((j) => Date.parse(j.expiresAt) > Date.parse('2026-11-30T10:00:00+08:00'));
  const everything: Job[] = [...all, ...(await h.call('GET', `/job-postings?limit=100&cursor=${(await h.call('GET', '/job-postings?limit=100', { token })).body.nextCursor}`, { token })).body.data];
  assert.equal(everything.length, live.length);
  for (const id of ['job_expired_1', 'job_expired_2', 'job_expired_3']) assert.ok(!everything.some((j) => j.id === id));
  assert.equal((await h.call('GET', '/job-postings/job_expired_1', { token })).status, 200, 'an expired posting can still be read');

  const q = await h.call('GET', `/job-postings?q=${encodeURIComponent('DEMO delivery')}&limit=100`, { token });
  assert.ok(q.body.data.length > 0);
  for (const j of q.body.data as Job[]) assert.match(`${j.title} ${j.employer} ${j.description}`.toLowerCase(), /demo delivery/);
  const combined = await h.call('GET', '/job-postings?occupation=courier&employmentType=full_time&district=310115&salaryMin=900000&limit=100', { token });
  for (const j of combined.body.data as Job[]) {
    assert.equal(j.occupation, 'courier');
    assert.equal(j.employmentType, 'full_time');
    assert.equal(j.district, '310115');
    assert.ok(j.salaryMaxFen >= 900000);
  }
  const expected = live.filter((j) => j.occupation === 'courier' && j.employmentType === 'full_time' && j.district === '310115' && j.salaryMaxFen >= 900000);
  assert.deepEqual((combined.body.data as Job[]).map((j) => j.id).sort(), expected.map((j) => j.id).sort());
  assert.equal((await h.call('GET', '/job-postings/job_nope', { token })).status, 404);
});

test('applying needs job_application_sharing at 2026-11; once; not to an expired posting; withdraw', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['jobs'] });
  const job = 'job_0001';
  const before = snapshot(h);
  const none = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { consents: [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE }] } });
  assert.equal(none.status, 422);
  assert.equal(none.body.code, 'consent_required');
  const old = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { consents: [{ purpose: 'job_application_sharing', noticeVersion: '2025-06' }] } });
  assert.equal(old.body.code, 'notice_version_outdated');
  const empty = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { consents: [] } });
  assert.equal(empty.body.errors[0].code, 'too_small');
  const long = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { message: 'x'.repeat(501), consents: CONSENT } });
  assert.equal(long.body.errors[0].code, 'too_big');
  const expired = await h.call('POST', '/job-postings/job_expired_1/applications', { token, body: { consents: CONSENT } });
  assert.equal(expired.status, 422);
  assert.equal(expired.body.code, 'job_posting_expired');
  assert.equal((await h.call('POST', '/job-postings/job_nope/applications', { token, body: { consents: CONSENT } })).status, 404);
  assert.equal(snapshot(h), before);

  const res = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { message: '我有三年配送经验。', consents: CONSENT } });
  assert.equal(res.status, 201);
  assert.equal(res.body.status, 'submitted');
  assert.equal(res.body.jobPostingId, job);
  assert.ok(!('message' in res.body));
  const again = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { consents: CONSENT } });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'already_applied');
  const withdrawn = await h.call('POST', `/job-applications/${res.body.id}/withdraw`, { token });
  assert.equal(withdrawn.body.status, 'withdrawn');
  const twice = await h.call('POST', `/job-applications/${res.body.id}/withdraw`, { token });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.code, 'invalid_state');
  const reapply = await h.call('POST', `/job-postings/${job}/applications`, { token, body: { consents: CONSENT } });
  assert.equal(reapply.status, 201);
  const list = await h.call('GET', '/job-applications', { token });
  assert.deepEqual(list.body.data.map((a: { id: string }) => a.id), [reapply.body.id, res.body.id]);
  const other = await h.session({ components: ['jobs'] });
  assert.equal((await h.call('POST', `/job-applications/${reapply.body.id}/withdraw`, { token: other })).status, 404);
});

test('consents: one per purpose given, with its subject; withdraw once, then 409 consent_already_withdrawn', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const appId = await apply(h, token, { share: true });
  const job = await h.call('POST', '/job-postings/job_0002/applications', { token, body: { consents: CONSENT } });
  const list = await h.call('GET', '/consents', { token });
  assert.deepEqual(
    list.body.data.map((c: { purpose: string; subjectId: string; withdrawnAt: null }) => [c.purpose, c.subjectId, c.withdrawnAt]),
    [
      ['membership_processing', appId, null],
      ['sensitive_id_number', appId, null],
      ['share_status_with_platform', appId, null],
      ['job_application_sharing', job.body.id, null],
    ],
  );
  const share = list.body.data[2];
  const withdrawn = await h.call('POST', `/consents/${share.id}/withdraw`, { token });
  assert.equal(withdrawn.status, 200);
  assert.equal(withdrawn.body.withdrawnAt, '2026-11-30T10:00:00+08:00');
  const twice = await h.call('POST', `/consents/${share.id}/withdraw`, { token });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.code, 'consent_already_withdrawn');
  const other = await h.session();
  assert.equal((await h.call('POST', `/consents/${list.body.data[0].id}/withdraw`, { token: other })).status, 404);
  assert.deepEqual((await h.call('GET', '/consents', { token: other })).body.data, []);
});
