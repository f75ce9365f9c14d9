// Claims (申请互助金): every rule of PRODUCT.md with bad input of every kind (a clear 4xx, nothing
// changed), the status machine and timeline through the sandbox's decisions, documents answering
// "more information needed", withdrawal, and nothing of a claim ever reaching the platform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DomainEvent } from '../src/store/store.js';
import { NOTICE, SK, snapshot, startHarness, type CallResult, type Harness } from './support/harness.js';
import { advanceDays, claimBody, enrol, insured, insuredWorkers, insuranceSnapshot, member, PLAN, upload, type Insured } from './support/claims.js';

const unchanged = (h: Harness) => snapshot(h) + insuranceSnapshot(h);
const create = (h: Harness, token: string, body: unknown) => h.call('POST', '/insurance-claims', { token, body });
const decide = (h: Harness, id: string, body: unknown, token: string = SK) => h.call('POST', `/sandbox/insurance-claims/${id}/decision`, { token, body });

async function fileClaim(h: Harness, i: Insured, over: Record<string, unknown> = {}): Promise<any> {
  const res = await create(h, i.token, claimBody(i, over));
  assert.equal(res.status, 201, res.text);
  return res.body;
}

test('a claim is filed on a covered incident: submitted, a timeline, a decision due in 30 days, consents recorded', async (t) => {
  const h = await startHarness(t);
  const i = await insured(h);
  const claim = await fileClaim(h, i);
  assert.match(claim.id, /^clm_/);
  assert.equal(claim.enrolmentId, i.inpatient);
  assert.equal(claim.planId, PLAN.inpatient);
  assert.equal(claim.benefit, 'inpatient');
  assert.equal(claim.status, 'submitted');
  assert.equal(claim.hospitalDays, 5);
  assert.deepEqual(claim.evidenceFileIds, [i.file]);
  assert.equal(claim.decisionDueDate, '2027-01-01', '30 days after 2 December');
  assert.equal(claim.approvedAmountFen, null);
  assert.equal(claim.reason, null);
  assert.deepEqual(claim.timeline.map((s: { status: string }) => s.status), ['submitted']);
  const consents = await h.call('GET', '/consents', { token: i.token });
  const given = consents.body.data.filter((c: { subjectId?: string }) => c.subjectId === claim.id).map((c: { purpose: string }) => c.purpose);
  assert.deepEqual(given.sort(), ['claim_processing', 'sensitive_health_data']);

  const accident = await fileClaim(h, i, { enrolmentId: i.accident, benefit: 'accident_medical', hospitalDays: undefined, evidenceFileIds: [await upload(h, i.token)] });
  assert.equal(accident.benefit, 'accident_medical');
  assert.ok(!('hospitalDays' in accident));
  const list = await h.call('GET', '/insurance-claims', { token: i.token });
  assert.deepEqual(list.body.data.map((c: { id: string }) => c.id), [accident.id, claim.id], 'newest first');
  assert.equal((await h.call('GET', `/insurance-claims/${claim.id}`, { token: i.token })).body.status, 'submitted');
  const other = await h.session({ workerRef: 'stranger' });
  assert.equal((await h.call('GET', `/insurance-claims/${claim.id}`, { token: other })).status, 404, "another worker's claim is unknown");
  assert.deepEqual((await h.call('GET', '/insurance-claims', { token: other })).body.data, []);
});

test('every bad claim is a clear 4xx with a stable code and changes nothing', async (t) => {
  const h = await startHarness(t);
  const [i, stranger] = (await insuredWorkers(h, ['insured', 'stranger'])) as [Insured, Insured];
  const legal = await upload(h, i.token, 'legal_evidence');
  const jobsOnly = await h.session({ workerRef: i.workerRef, components: ['jobs'] });
  const cases: { what: string; body?: Record<string, unknown>; token?: string; status: number; code: string; path?: string }[] = [
    { what: 'no consents', body: { consents: [] }, status: 422, code: 'consent_required' },
    { what: 'only claim_processing', body: { consents: [{ purpose: 'claim_processing', noticeVersion: NOTICE }] }, status: 422, code: 'consent_required' },
    { what: 'only sensitive_health_data', body: { consents: [{ purpose: 'sensitive_health_data', noticeVersion: NOTICE }] }, status: 422, code: 'consent_required' },
    {
      what: 'an outdated notice',
      body: { consents: [{ purpose: 'claim_processing', noticeVersion: '2025-01' }, { purpose: 'sensitive_health_data', noticeVersion: NOTICE }] },
      status: 422,
      code: 'notice_version_outdated',
      path: 'consents.0.noticeVersion',
    },
    { what: 'an unknown consent purpose', body: { consents: [{ purpose: 'everything', noticeVersion: NOTICE }] }, status: 422, code: 'validation_failed', path: 'consents.0.purpose' },
    { what: 'a benefit the plan lacks', body: { benefit: 'critical_illness', hospitalDays: undefined }, status: 422, code: 'benefit_not_covered', path: 'benefit' },
    { what: 'disability on an inpatient-only plan', body: { benefit: 'disability', hospitalDays: undefined }, status: 422, code: 'benefit_not_covered', path: 'benefit' },
    { what: 'an unknown benefit', body: { benefit: 'death' }, status: 422, code: 'validation_failed', path: 'benefit' },
    { what: 'before the cover started', body: { incidentDate: '2026-11-30' }, status: 422, code: 'incident_outside_cover', path: 'incidentDate' },
    { what: 'in the future', body: { incidentDate: '2026-12-03' }, status: 422, code: 'validation_failed', path: 'incidentDate' },
    { what: 'more than two years ago', body: { incidentDate: '2024-12-01' }, status: 422, code: 'validation_failed', path: 'incidentDate' },
    { what: 'not a date', body: { incidentDate: '2026-12-32' }, status: 422, code: 'validation_failed', path: 'incidentDate' },
    { what: 'inpatient without hospitalDays', body: { hospitalDays: undefined }, status: 422, code: 'validation_failed', path: 'hospitalDays' },
    { what: 'hospitalDays 0', body: { hospitalDays: 0 }, status: 422, code: 'validation_failed', path: 'hospitalDays' },
    { what: 'hospitalDays on an accident claim', body: { enrolmentId: i.accident, benefit: 'accident_medical', hospitalDays: 3 }, status: 422, code: 'validation_failed', path: 'hospitalDays' },
    { what: 'no evidence', body: { evidenceFileIds: [] }, status: 422, code: 'validation_failed', path: 'evidenceFileIds' },
    { what: 'the same file twice', body: { evidenceFileIds: [i.file, i.file] }, status: 422, code: 'validation_failed', path: 'evidenceFileIds.1' },
    { what: 'a file of another purpose', body: { evidenceFileIds: [legal] }, status: 422, code: 'validation_failed', path: 'evidenceFileIds.0' },
    { what: "another worker's file", body: { evidenceFileIds: [stranger.file] }, status: 404, code: 'not_found' },
    { what: 'an unknown file', body: { evidenceFileIds: ['file_nope'] }, status: 404, code: 'not_found' },
    { what: "another worker's enrolment", body: { enrolmentId: stranger.inpatient }, status: 422, code: 'validation_failed', path: 'enrolmentId' },
    { what: 'an unknown enrolment', body: { enrolmentId: 'enr_nope' }, status: 422, code: 'validation_failed', path: 'enrolmentId' },
    { what: 'an empty description', body: { description: '' }, status: 422, code: 'validation_failed', path: 'description' },
    { what: 'a description over 2,000 characters', body: { description: '字'.repeat(2001) }, status: 422, code: 'validation_failed', path: 'description' },
    { what: '2,001 emoji (one character each)', body: { description: '👨‍👩‍👧'.repeat(2001) }, status: 422, code: 'validation_failed', path: 'description' },
    { what: 'a description of spaces only', body: { description: '   ' }, status: 422, code: 'validation_failed', path: 'description' },
    { what: 'an unknown field', body: { diagnosis: 'fracture' }, status: 422, code: 'validation_failed', path: 'diagnosis' },
    { what: 'a session without insurance', token: jobsOnly, status: 403, code: 'forbidden_scope' },
    { what: 'the secret key', token: SK, status: 403, code: 'forbidden_scope' },
  ];
  const before = unchanged(h);
  for (const c of cases) {
    const res = await create(h, c.token ?? i.token, claimBody(i, c.body ?? {}));
    assert.equal(res.status, c.status, `${c.what}: ${res.text}`);
    assert.equal(res.body.code, c.code, `${c.what}: ${res.text}`);
    if (c.path) assert.ok(res.body.errors?.some((e: { path: string }) => e.path === c.path), `${c.what}: ${res.text}`);
  }
  assert.equal(unchanged(h), before, 'no refused claim changed anything');
});

test('an enrolment that never gave cover (lapsed, or not yet started) cannot be claimed on', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'unpaid');
  const unpaid = await enrol(h, token, PLAN.inpatient);
  const free = await enrol(h, token, PLAN.accident);
  const file = await upload(h, token);
  const body = { enrolmentId: free.id, benefit: 'accident_medical', incidentDate: '2026-11-30', description: '摔伤', evidenceFileIds: [file], consents: [{ purpose: 'claim_processing', noticeVersion: NOTICE }, { purpose: 'sensitive_health_data', noticeVersion: NOTICE }] };
  const early = await create(h, token, body);
  assert.equal(early.status, 422);
  assert.equal(early.body.code, 'incident_outside_cover', 'cover starts tomorrow');
  advanceDays(h, 16);
  const later = await h.session({ workerRef: 'unpaid', attestation: { activeOrdersLast7Days: 20 } });
  const lapsed = await create(h, later, { ...body, enrolmentId: unpaid.id, benefit: 'inpatient', hospitalDays: 2, incidentDate: '2026-12-05' });
  assert.equal(lapsed.status, 422, lapsed.text);
  assert.equal(lapsed.body.code, 'incident_outside_cover');
  assert.equal(h.server.sandbox.store.claims.size, 0);
});

test('the status machine: needs_info → documents → under_review → approved (default amount) → paid, with the timeline', async (t) => {
  const h = await startHarness(t);
  const i = await insured(h);
  const claim = await fileClaim(h, i);
  const asked = await decide(h, claim.id, { decision: 'needs_info', reason: '请补充出院小结。' });
  assert.equal(asked.status, 200, asked.text);
  assert.equal(asked.body.status, 'more_info_needed');
  assert.equal(asked.body.reason, '请补充出院小结。');
  advanceDays(h, 3);
  const token = await h.session({ workerRef: i.workerRef });
  const more = await upload(h, token);
  const answered = await h.call('POST', `/insurance-claims/${claim.id}/documents`, { token, body: { fileIds: [more] } });
  assert.equal(answered.status, 200, answered.text);
  assert.equal(answered.body.status, 'under_review');
  assert.deepEqual(answered.body.evidenceFileIds, [i.file, more]);
  assert.equal(answered.body.reason, null);
  assert.equal(answered.body.decisionDueDate, '2027-01-04', '30 days from the documents');
  const approved = await decide(h, claim.id, { decision: 'approve' });
  assert.equal(approved.status, 200, approved.text);
  assert.equal(approved.body.status, 'approved');
  assert.equal(approved.body.approvedAmountFen, 25_000, '5 days at ¥50 a day');
  const paid = await decide(h, claim.id, { decision: 'pay' }, token);
  assert.equal(paid.status, 200, paid.text);
  assert.equal(paid.body.status, 'paid');
  assert.deepEqual(
    paid.body.timeline.map((s: { status: string; note?: string }) => [s.status, s.note ?? null]),
    [
      ['submitted', null],
      ['under_review', null],
      ['more_info_needed', '请补充出院小结。'],
      ['under_review', null],
      ['approved', null],
      ['paid', null],
    ],
  );
});

test('rejection carries its reason; an approved amount above the benefit is refused', async (t) => {
  const h = await startHarness(t);
  const i = await insured(h);
  const claim = await fileClaim(h, i, { hospitalDays: 2 });
  const before = unchanged(h);
  const tooMuch = await decide(h, claim.id, { decision: 'approve', amountFen: 10_001 });
  assert.equal(tooMuch.status, 422);
  assert.equal(tooMuch.body.errors[0].path, 'amountFen');
  assert.equal(tooMuch.body.errors[0].code, 'too_big');
  assert.equal(unchanged(h), before);
  const partial = await decide(h, claim.id, { decision: 'approve', amountFen: 8_000 });
  assert.equal(partial.body.approvedAmountFen, 8_000);

  const second = await fileClaim(h, i, { evidenceFileIds: [await upload(h, i.token)] });
  const rejected = await decide(h, second.id, { decision: 'reject', reason: '住院发生在保障范围之外的医院。' });
  assert.equal(rejected.body.status, 'rejected');
  assert.equal(rejected.body.reason, '住院发生在保障范围之外的医院。');
  assert.equal(rejected.body.approvedAmountFen, null);
});

test('every bad decision, document or withdrawal is a clear 4xx and changes nothing', async (t) => {
  const h = await startHarness(t);
  const [i, stranger] = (await insuredWorkers(h, ['insured', 'stranger'])) as [Insured, Insured];
  const claim = await fileClaim(h, i);
  const extra = await upload(h, i.token);
  const cases: { what: string; send: () => Promise<CallResult>; status: number; code: string; path?: string }[] = [
    { what: 'pay before approval', send: () => decide(h, claim.id, { decision: 'pay' }), status: 409, code: 'invalid_state' },
    { what: 'reject without a reason', send: () => decide(h, claim.id, { decision: 'reject' }), status: 422, code: 'validation_failed', path: 'reason' },
    { what: 'needs_info without a reason', send: () => decide(h, claim.id, { decision: 'needs_info' }), status: 422, code: 'validation_failed', path: 'reason' },
    { what: 'an amount with reject', send: () => decide(h, claim.id, { decision: 'reject', reason: 'x', amountFen: 100 }), status: 422, code: 'validation_failed', path: 'amountFen' },
    { what: 'a reason with approve', send: () => decide(h, claim.id, { decision: 'approve', reason: 'ok' }), status: 422, code: 'validation_failed', path: 'reason' },
    { what: 'an unknown decision', send: () => decide(h, claim.id, { decision: 'maybe' }), status: 422, code: 'validation_failed', path: 'decision' },
    { what: 'a zero amount', send: () => decide(h, claim.id, { decision: 'approve', amountFen: 0 }), status: 422, code: 'validation_failed', path: 'amountFen' },
    { what: "another worker deciding", send: () => decide(h, claim.id, { decision: 'approve' }, stranger.token), status: 404, code: 'not_found' },
    { what: 'an unknown claim', send: () => decide(h, 'clm_nope', { decision: 'approve' }), status: 404, code: 'not_found' },
    {
      what: 'documents while submitted',
      send: () => h.call('POST', `/insurance-claims/${claim.id}/documents`, { token: i.token, body: { fileIds: [extra] } }),
      status: 409,
      code: 'invalid_state',
    },
    {
      what: "documents on another worker's claim",
      send: () => h.call('POST', `/insurance-claims/${claim.id}/documents`, { token: stranger.token, body: { fileIds: [stranger.file] } }),
      status: 404,
      code: 'not_found',
    },
    { what: "withdrawing another worker's claim", send: () => h.call('POST', `/insurance-claims/${claim.id}/withdraw`, { token: stranger.token }), status: 404, code: 'not_found' },
  ];
  const before = unchanged(h);
  for (const c of cases) {
    const res = await c.send();
    assert.equal(res.status, c.status, `${c.what}: ${res.text}`);
    assert.equal(res.body.code, c.code, `${c.what}: ${res.text}`);
    if (c.path) assert.ok(res.body.errors?.some((e: { path: string }) => e.path === c.path), `${c.what}: ${res.text}`);
  }
  assert.equal(unchanged(h), before);

  assert.equal((await decide(h, claim.id, { decision: 'needs_info', reason: '请补充发票。' })).status, 200);
  const docCases: { what: string; body: unknown; status: number; code: string; path?: string }[] = [
    { what: 'a file already in the claim', body: { fileIds: [i.file] }, status: 422, code: 'validation_failed', path: 'fileIds.0' },
    { what: "another worker's file", body: { fileIds: [stranger.file] }, status: 404, code: 'not_found' },
    { what: 'no files', body: { fileIds: [] }, status: 422, code: 'validation_failed', path: 'fileIds' },
    { what: 'a file of another purpose', body: { fileIds: [await upload(h, i.token, 'certificate')] }, status: 422, code: 'validation_failed', path: 'fileIds.0' },
  ];
  const beforeDocs = unchanged(h);
  for (const c of docCases) {
    const res = await h.call('POST', `/insurance-claims/${claim.id}/documents`, { token: i.token, body: c.body });
    assert.equal(res.status, c.status, `${c.what}: ${res.text}`);
    assert.equal(res.body.code, c.code, c.what);
    if (c.path) assert.ok(res.body.errors?.some((e: { path: string }) => e.path === c.path), `${c.what}: ${res.text}`);
  }
  assert.equal(unchanged(h), beforeDocs);
});

test('a claim is withdrawn before a decision, never after', async (t) => {
  const h = await startHarness(t);
  const i = await insured(h);
  const open = await fileClaim(h, i);
  const withdrawn = await h.call('POST', `/insurance-claims/${open.id}/withdraw`, { token: i.token });
  assert.equal(withdrawn.status, 200, withdrawn.text);
  assert.equal(withdrawn.body.status, 'withdrawn');
  assert.deepEqual(withdrawn.body.timeline.map((s: { status: string }) => s.status), ['submitted', 'withdrawn']);
  const again = await h.call('POST', `/insurance-claims/${open.id}/withdraw`, { token: i.token });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'invalid_state');
  assert.equal((await decide(h, open.id, { decision: 'approve' })).status, 409, 'a withdrawn claim is not decided');

  const decided = await fileClaim(h, i, { evidenceFileIds: [await upload(h, i.token)] });
  await decide(h, decided.id, { decision: 'approve' });
  const late = await h.call('POST', `/insurance-claims/${decided.id}/withdraw`, { token: i.token });
  assert.equal(late.status, 409);
  assert.equal(late.body.code, 'invalid_state');
});

test('the platform learns nothing of claims: no domain event, no webhook, nothing in the worker status', async (t) => {
  const h = await startHarness(t);
  // The worker shares status with the platform: even so, nothing about the claim goes out.
  const i = await insured(h, 'sharing-rider', true);
  const events: DomainEvent[] = [];
  const stop = h.server.sandbox.store.onEvent((e) => events.push(e));
  t.after(stop);
  const claim = await fileClaim(h, i);
  await decide(h, claim.id, { decision: 'approve' });
  await decide(h, claim.id, { decision: 'pay' });
  assert.deepEqual(events, []);
  const status = await h.call('GET', `/workers/${i.workerRef}/status`, { token: SK });
  assert.equal(status.status, 200);
  assert.equal(status.body.shared, true);
  assert.ok(!status.text.includes(claim.id) && !/claim|clm_/i.test(status.text), status.text);
});

test('a retried claim with the same Idempotency-Key files one claim', async (t) => {
  const h = await startHarness(t);
  const i = await insured(h);
  const headers = { 'Idempotency-Key': 'claim-once' };
  const first = await h.call('POST', '/insurance-claims', { token: i.token, body: claimBody(i), headers });
  const second = await h.call('POST', '/insurance-claims', { token: i.token, body: claimBody(i), headers });
  assert.equal(first.status, 201);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(second.body.id, first.body.id);
  assert.equal(h.server.sandbox.store.claims.size, 1);
});

test('memory stays bounded: past the sandbox cap on claims a new one is 409 invalid_state and nothing is kept', async (t) => {
  const h = await startHarness(t, { limits: { claims: 1 } });
  const i = await insured(h);
  await fileClaim(h, i);
  const another = await upload(h, i.token);
  const before = unchanged(h);
  const refused = await create(h, i.token, claimBody(i, { evidenceFileIds: [another] }));
  assert.equal(refused.status, 409, refused.text);
  assert.equal(refused.body.code, 'invalid_state');
  assert.equal(unchanged(h), before, 'no claim and no consent kept');
});

test('a description is counted as a person counts it: 2,000 emoji are 2,000 characters and go through', async (t) => {
  const h = await startHarness(t);
  const [i] = (await insuredWorkers(h, ['insured'])) as [Insured];
  const description = '👨‍👩‍👧'.repeat(2000); // 16,000 UTF-16 units, 2,000 characters
  const res = await create(h, i.token, claimBody(i, { description }));
  assert.equal(res.status, 201, res.text);
  assert.equal(res.body.description, description);
});
