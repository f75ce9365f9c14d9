/**
 * Help requests (我要求助): every type's fields and rules, the spoken reference, the status machine
 * with the social worker's messages, and that nothing of any of it reaches the platform. Every
 * refusal is a clear problem with a stable code, and changes nothing.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { SKILL_SUBSIDY_FEN } from '@unionkit/contract';
import { MAX_HELP_REQUEST_MESSAGES } from '../src/domain/help-requests.js';
import { advanceDays, upload } from './support/claims.js';
import { becomeMember, NOTICE, SK, snapshot, startHarness, type Harness } from './support/harness.js';
import {
  at,
  book,
  decide,
  file,
  HELP_CONSENTS,
  helpSession,
  legalBody,
  pointOf,
  subsidyBody,
  TUESDAY,
  unionSession,
  wishBody,
} from './support/help.js';

const REFERENCE = /^QZ-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/;

/** Sends `body` and expects `status` + `code` (and, for field problems, these error paths), state unchanged. */
async function refused(h: Harness, token: string, body: unknown, status: number, code: string, paths?: string[]): Promise<void> {
  const before = snapshot(h);
  const res = await h.call('POST', '/help-requests', { token, body });
  assert.deepEqual([res.status, res.body.code], [status, code], `${JSON.stringify(body)} → ${res.text}`);
  if (paths) assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path).sort(), [...paths].sort(), res.text);
  assert.equal(snapshot(h), before, 'a refused request changes nothing');
}

test('every type is filed with its own fields, a spoken reference, a timeline and the consent recorded', async (t) => {
  const h = await startHarness(t);
  const token = await unionSession(h, await helpSession(h));
  const evidence = await upload(h, token, 'legal_evidence');
  const bodies = [
    legalBody({ evidenceFileIds: [evidence] }),
    legalBody({ type: 'legal_aid', topic: 'work_injury' }),
    legalBody({ type: 'mediation', topic: 'employment_status', counterparty: 'platform' }),
    legalBody({ type: 'complaint', topic: 'account_deactivation', counterparty: 'platform' }),
    { type: 'suggestion', topic: 'other', description: '建议增设一处爱心接力站。', anonymous: true, consents: HELP_CONSENTS },
    wishBody(),
  ];
  const filed = [];
  for (const body of bodies) filed.push(await file(h, token, body));
  for (const [i, r] of filed.entries()) {
    assert.equal(r.type, bodies[i]!['type']);
    assert.equal(r.status, 'submitted');
    assert.match(r.reference, REFERENCE);
    assert.deepEqual(r.timeline.map((e: { status: string }) => e.status), ['submitted']);
    assert.deepEqual(r.messages, []);
  }
  assert.equal(new Set(filed.map((r) => r.reference)).size, filed.length, 'references are unique');
  assert.deepEqual(filed[0].evidenceFileIds, [evidence]);
  assert.equal(filed[4].anonymous, true);
  assert.equal(filed[0].anonymous, false);
  assert.deepEqual([filed[5].category, filed[5].valueFen], ['child_education', 19900]);

  const list = await h.call('GET', '/help-requests', { token });
  assert.deepEqual(list.body.data.map((r: { id: string }) => r.id), filed.map((r) => r.id).reverse());
  const one = await h.call('GET', `/help-requests/${filed[3].id}`, { token });
  assert.deepEqual(one.body, filed[3]);
  const consents = await h.call('GET', '/consents', { token });
  assert.equal(consents.body.data.filter((c: { purpose: string }) => c.purpose === 'help_request_processing').length, filed.length);
  const notice = await h.call('GET', '/privacy-notices/help_request_processing', { token, headers: { 'Accept-Language': 'en' } });
  assert.equal(notice.status, 200);
  assert.match(notice.body.body, /platform never learns/);
});

test('missing fields, fields of another type and over-long text are field errors, and nothing is kept', async (t) => {
  const h = await startHarness(t);
  const token = await unionSession(h, await helpSession(h));
  const { topic: _t, description: _d, ...noTopic } = legalBody();
  await refused(h, token, noTopic, 422, 'validation_failed', ['description', 'topic']);
  await refused(h, token, legalBody({ description: '   ' }), 422, 'validation_failed', ['description']);
  await refused(h, token, legalBody({ description: '字'.repeat(2001) }), 422, 'validation_failed', ['description']);
  await refused(h, token, legalBody({ wish: '台灯', valueFen: 100 }), 422, 'validation_failed', ['valueFen', 'wish']);
  await refused(h, token, legalBody({ anonymous: true }), 422, 'validation_failed', ['anonymous']);
  await refused(h, token, legalBody({ appointmentId: 'appt_x' }), 422, 'validation_failed', ['appointmentId']);
  await refused(h, token, legalBody({ topic: 'gossip' }), 422, 'validation_failed', ['topic']);
  await refused(h, token, legalBody({ type: 'lottery' }), 422, 'validation_failed', ['type']);
  await refused(h, token, legalBody({ priority: 'high' }), 422, 'validation_failed', ['priority']);
  await refused(h, token, { type: 'suggestion', consents: HELP_CONSENTS }, 422, 'validation_failed', ['description', 'topic']);
  await refused(h, token, { type: 'suggestion', topic: 'other', description: '好', counterparty: 'platform', consents: HELP_CONSENTS }, 422, 'validation_failed', ['counterparty']);
  await refused(h, token, wishBody({ wish: '愿'.repeat(101) }), 422, 'validation_failed', ['wish']);
  await refused(h, token, wishBody({ valueFen: 50001 }), 422, 'validation_failed', ['valueFen']);
  await refused(h, token, wishBody({ valueFen: 0 }), 422, 'validation_failed', ['valueFen']);
  await refused(h, token, wishBody({ description: '说明' }), 422, 'validation_failed', ['description']);
  await refused(h, token, { type: 'skill_subsidy', consents: HELP_CONSENTS }, 422, 'validation_failed', ['certificate', 'evidenceFileIds']);
  // Exactly the limits pass: 2,000 characters as a person counts them (an emoji is one).
  await file(h, token, legalBody({ description: '👨‍👩‍👧'.repeat(2000) }));
  await file(h, token, wishBody({ wish: '愿'.repeat(100), valueFen: 50000 }));
});

test('consents, evidence files and the in-person appointment are checked, and nothing is kept', async (t) => {
  const h = await startHarness(t);
  const token = await unionSession(h, await helpSession(h, 'rider-help-files'));
  const other = await unionSession(h, await helpSession(h, 'rider-help-other'));
  const theirs = await upload(h, other, 'legal_evidence');
  const certificateScan = await upload(h, token, 'certificate');
  await refused(h, token, legalBody({ consents: [] }), 422, 'validation_failed', ['consents']);
  await refused(h, token, legalBody({ consents: [{ purpose: 'membership_processing', noticeVersion: NOTICE }] }), 422, 'consent_required');
  await refused(h, token, legalBody({ consents: [{ purpose: 'help_request_processing', noticeVersion: '2025-01' }] }), 422, 'notice_version_outdated');
  await refused(h, token, legalBody({ evidenceFileIds: [theirs] }), 404, 'not_found');
  await refused(h, token, legalBody({ evidenceFileIds: ['file_nope'] }), 404, 'not_found');
  await refused(h, token, legalBody({ evidenceFileIds: [certificateScan] }), 422, 'validation_failed', ['evidenceFileIds.0']);

  const inPerson = legalBody({ contactPreference: 'in_person' });
  await refused(h, token, inPerson, 422, 'appointment_required');
  await refused(h, token, { ...inPerson, appointmentId: 'appt_nope' }, 422, 'appointment_invalid');
  const health = pointOf(h, 'health_check');
  const checkup = await book(h, token, health.id, at(TUESDAY, health.opens));
  await refused(h, token, { ...inPerson, appointmentId: checkup.id }, 422, 'appointment_invalid');
  const legal = pointOf(h, 'legal_aid');
  const theirAppointment = await book(h, other, legal.id, at(TUESDAY, legal.opens));
  await refused(h, token, { ...inPerson, appointmentId: theirAppointment.id }, 422, 'appointment_invalid');
  const cancelled = await book(h, token, legal.id, at(TUESDAY, legal.opens));
  await h.call('POST', `/appointments/${cancelled.id}/cancel`, { token });
  await refused(h, token, { ...inPerson, appointmentId: cancelled.id }, 422, 'appointment_invalid');

  const mine = await book(h, token, legal.id, at('2026-12-02', legal.opens));
  const filed = await file(h, token, { ...inPerson, appointmentId: mine.id });
  assert.equal(filed.appointmentId, mine.id);
  // One appointment serves one open request.
  await refused(h, token, { ...inPerson, type: 'mediation', appointmentId: mine.id }, 422, 'appointment_invalid');
  assert.equal((await h.call('GET', '/help-requests', { token })).body.data.length, 1);
});

test('the certificate subsidy: member on the issue date, issued within 12 months, once per certificate, amount by level', async (t) => {
  const h = await startHarness(t);
  const first = await helpSession(h, 'rider-cert');
  const scan = await upload(h, first, 'certificate');
  // Not a member at all.
  await refused(h, first, subsidyBody(scan), 422, 'not_member_on_issue_date');
  await becomeMember(h, first); // member since 2026-11-30
  await refused(h, first, subsidyBody(scan, { issuedOn: '2026-10-01' }), 422, 'not_member_on_issue_date');
  await refused(h, first, subsidyBody(scan, { issuedOn: '2026-12-01' }), 422, 'validation_failed', ['certificate.issuedOn']);
  await refused(h, first, subsidyBody(scan, { level: 'level_6' }), 422, 'validation_failed', ['certificate.level']);
  await refused(h, first, subsidyBody(scan, { number: '12' }), 422, 'validation_failed', ['certificate.number']);
  const evidence = await upload(h, first, 'legal_evidence');
  await refused(h, first, subsidyBody(evidence), 422, 'validation_failed', ['evidenceFileIds.0']);

  const granted = await file(h, first, subsidyBody(scan));
  assert.equal(granted.subsidyFen, SKILL_SUBSIDY_FEN.level_4);
  assert.deepEqual(granted.certificate, { name: '中式烹调师', level: 'level_4', number: 'S000031000000254001', issuedOn: '2026-11-30' });
  await refused(h, first, subsidyBody(scan), 409, 'subsidy_already_claimed');
  await refused(h, first, subsidyBody(scan, { number: 's000031000000254001', level: 'level_1' }), 409, 'subsidy_already_claimed');

  // Thirteen months on, a certificate from the day of joining is too old; a new one is fine.
  advanceDays(h, 396);
  const later = await helpSession(h, 'rider-cert');
  await refused(h, later, subsidyBody(scan, { number: 'S000031000000254002' }), 422, 'certificate_too_old');
  const scan2 = await upload(h, later, 'certificate');
  const second = await file(h, later, subsidyBody(scan2, { number: 'S000031000000254002', level: 'level_1', issuedOn: '2027-12-01' }));
  assert.equal(second.subsidyFen, SKILL_SUBSIDY_FEN.level_1);
});

test('a withdrawn or declined subsidy frees the certificate number', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h, 'rider-cert-2');
  await becomeMember(h, token);
  const scan = await upload(h, token, 'certificate');
  const first = await file(h, token, subsidyBody(scan));
  await h.call('POST', `/help-requests/${first.id}/withdraw`, { token });
  const second = await file(h, token, subsidyBody(scan));
  await decide(h, SK, second.id, 'decline', '证书编号与扫描件不一致。');
  await file(h, token, subsidyBody(scan));
});

test('one open micro-wish per worker per year', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h, 'rider-wish');
  const wish = await file(h, token, wishBody());
  await refused(h, token, wishBody({ wish: '一双保暖手套。', category: 'daily_necessities' }), 409, 'wish_already_open');
  // Adopted is still open; fulfilled is not.
  await decide(h, SK, wish.id, 'adopt', '长宁区总工会认领了您的心愿。');
  await refused(h, token, wishBody(), 409, 'wish_already_open');
  const fulfilled = await decide(h, SK, wish.id, 'fulfil');
  assert.deepEqual(fulfilled.timeline.map((e: { status: string }) => e.status), ['submitted', 'adopted', 'fulfilled']);
  await file(h, token, wishBody({ wish: '一双保暖手套。' }));
  // Another worker's wish does not count.
  await file(h, await helpSession(h), wishBody());
});

test('the social worker moves a request and writes; the worker answers more_info_needed and it goes back in progress', async (t) => {
  const h = await startHarness(t);
  const token = await unionSession(h, await helpSession(h, 'rider-flow'));
  const r = await file(h, token, legalBody());
  const accepted = await decide(h, token, r.id, 'accept', '您好，我是社工小陈，已受理您的咨询。');
  assert.equal(accepted.status, 'accepted');
  assert.deepEqual(accepted.messages.map((m: { from: string; body: string }) => [m.from, m.body]), [['social_worker', '您好，我是社工小陈，已受理您的咨询。']]);
  await decide(h, SK, r.id, 'start');
  const asked = await decide(h, SK, r.id, 'needs_info', '请上传近三个月的工资流水。');
  assert.equal(asked.status, 'more_info_needed');

  const evidence = await upload(h, token, 'legal_evidence');
  const reply = await h.call('POST', `/help-requests/${r.id}/messages`, { token, body: { body: '工资流水已上传。', fileIds: [evidence] } });
  assert.equal(reply.status, 201, reply.text);
  assert.equal(reply.body.status, 'in_progress');
  assert.deepEqual(reply.body.messages.at(-1).fileIds, [evidence]);
  assert.equal(reply.body.messages.at(-1).from, 'worker');
  const resolved = await decide(h, SK, r.id, 'resolve', '已协助您与站点达成还款协议。');
  assert.deepEqual(
    resolved.timeline.map((e: { status: string }) => e.status),
    ['submitted', 'accepted', 'in_progress', 'more_info_needed', 'in_progress', 'resolved'],
  );
  assert.equal(resolved.messages.length, 4);

  // Settled: no more messages, no withdrawal, no further decisions.
  const before = snapshot(h);
  const late = await h.call('POST', `/help-requests/${r.id}/messages`, { token, body: { body: '谢谢！' } });
  assert.deepEqual([late.status, late.body.code], [409, 'invalid_state']);
  const withdraw = await h.call('POST', `/help-requests/${r.id}/withdraw`, { token });
  assert.deepEqual([withdraw.status, withdraw.body.code], [409, 'invalid_state']);
  for (const decision of ['accept', 'start', 'needs_info', 'resolve', 'decline', 'adopt', 'fulfil']) {
    const res = await h.call('POST', `/sandbox/help-requests/${r.id}/decision`, { token: SK, body: { decision } });
    assert.deepEqual([res.status, res.body.code], [409, 'invalid_state'], decision);
  }
  assert.equal(snapshot(h), before);
});

test('decisions out of order, a wish decision on another type, bad messages and others\' requests are refused', async (t) => {
  const h = await startHarness(t);
  const token = await unionSession(h, await helpSession(h, 'rider-flow-2'));
  const r = await file(h, token, legalBody({ type: 'complaint', counterparty: 'platform' }));
  const wish = await file(h, token, wishBody());
  const other = await helpSession(h, 'rider-flow-3');
  const before = snapshot(h);
  const cases: [string, unknown, number, string][] = [
    [r.id, { decision: 'start' }, 409, 'invalid_state'],
    [r.id, { decision: 'resolve' }, 409, 'invalid_state'],
    [r.id, { decision: 'adopt' }, 409, 'invalid_state'],
    [wish.id, { decision: 'resolve' }, 409, 'invalid_state'],
    [wish.id, { decision: 'fulfil' }, 409, 'invalid_state'],
    [r.id, { decision: 'approve' }, 422, 'validation_failed'],
    [r.id, { decision: 'accept', message: '' }, 422, 'validation_failed'],
    [r.id, { decision: 'accept', note: 'x' }, 422, 'validation_failed'],
    ['help_nope', { decision: 'accept' }, 404, 'not_found'],
  ];
  for (const [id, body, status, code] of cases) {
    const res = await h.call('POST', `/sandbox/help-requests/${id}/decision`, { token: SK, body });
    assert.deepEqual([res.status, res.body.code], [status, code], JSON.stringify(body));
  }
  for (const [method, path, body] of [
    ['GET', `/help-requests/${r.id}`, undefined],
    ['POST', `/help-requests/${r.id}/messages`, { body: '你好' }],
    ['POST', `/help-requests/${r.id}/withdraw`, undefined],
    ['POST', `/sandbox/help-requests/${r.id}/decision`, { decision: 'accept' }],
  ] as const) {
    const res = await h.call(method, path, { token: other, ...(body ? { body } : {}) });
    assert.deepEqual([res.status, res.body.code], [404, 'not_found'], path);
  }
  for (const body of [{ body: '' }, { body: '  ' }, { body: '字'.repeat(2001) }, {}, { body: '好', fileIds: ['file_nope'] }]) {
    const res = await h.call('POST', `/help-requests/${r.id}/messages`, { token, body });
    assert.ok([404, 422].includes(res.status), `${JSON.stringify(body)} → ${res.status}`);
  }
  assert.equal(snapshot(h), before);
  // Withdrawal before a decision.
  const withdrawn = await h.call('POST', `/help-requests/${r.id}/withdraw`, { token });
  assert.deepEqual([withdrawn.status, withdrawn.body.status], [200, 'withdrawn']);
  const session = await h.session({ components: ['events'] });
  const scoped = await h.call('GET', '/help-requests', { token: session });
  assert.deepEqual([scoped.status, scoped.body.code], [403, 'forbidden_scope']);
});

test('nothing of a help request or an appointment reaches the platform: no webhook, no change in worker status', async (t) => {
  const h = await startHarness(t, { webhookRetry: { attempts: 1, baseDelayMs: 1 } });
  const got: string[] = [];
  h.server.sandbox.store.onEvent((e) => got.push(e.type));
  await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: 'http://127.0.0.1:9/hook', events: ['member.status_changed', 'coverage.status_changed'] } });
  const token = await helpSession(h, 'rider-private');
  await becomeMember(h, token, { share: true });
  await h.server.sandbox.webhooksSettled();
  const statusBefore = (await h.call('GET', '/workers/rider-private/status', { token: SK })).body;
  const eventsBefore = [...got];
  const deliveriesBefore = h.server.sandbox.deliveries().length;

  const legal = pointOf(h, 'legal_aid');
  const union = await unionSession(h, token);
  const appointment = await book(h, union, legal.id, at(TUESDAY, legal.opens));
  const scan = await upload(h, token, 'certificate');
  const requests = [
    await file(h, union, legalBody({ contactPreference: 'in_person', appointmentId: appointment.id })),
    await file(h, union, legalBody({ type: 'complaint', counterparty: 'platform', topic: 'account_deactivation' })),
    await file(h, token, subsidyBody(scan)),
    await file(h, token, wishBody()),
  ];
  for (const r of requests) await decide(h, SK, r.id, r.type === 'micro_wish' ? 'adopt' : 'accept', '已受理。');
  await h.call('POST', `/help-requests/${requests[1].id}/withdraw`, { token: union });
  await h.server.sandbox.webhooksSettled();

  assert.deepEqual(got, eventsBefore, 'no domain event for the platform');
  assert.equal(h.server.sandbox.deliveries().length, deliveriesBefore, 'no webhook delivery');
  assert.deepEqual((await h.call('GET', '/workers/rider-private/status', { token: SK })).body, statusBefore);
});

test('membership applications carry a reference to read out on the phone', async (t) => {
  const h = await startHarness(t);
  const first = await helpSession(h);
  const second = await helpSession(h);
  const [a, b] = [
    (await h.call('GET', `/membership-applications/${await becomeMember(h, first)}`, { token: first })).body,
    (await h.call('GET', `/membership-applications/${await becomeMember(h, second)}`, { token: second })).body,
  ];
  assert.match(a.reference, /^RH-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/);
  assert.notEqual(a.reference, b.reference);
});

test('memory stays bounded: past the caps a new request, appointment or message is refused and nothing is kept', async (t) => {
  const h = await startHarness(t, { limits: { helpRequests: 2, appointments: 1 } });
  const token = await unionSession(h, await helpSession(h));
  const first = await file(h, token, legalBody());
  await file(h, token, wishBody());
  await refused(h, token, legalBody({ type: 'complaint' }), 409, 'invalid_state');
  const point = pointOf(h, 'legal_aid');
  await book(h, token, point.id, at(TUESDAY, point.opens));
  const before = snapshot(h);
  const second = await h.call('POST', '/appointments', { token, body: { servicePointId: pointOf(h, 'mediation_room').id, startsAt: at(TUESDAY, '09:00') } });
  assert.deepEqual([second.status, second.body.code], [409, 'invalid_state']);
  assert.equal(snapshot(h), before);
  for (let i = 0; i < MAX_HELP_REQUEST_MESSAGES; i++) {
    const sent = await h.call('POST', `/help-requests/${first.id}/messages`, { token, body: { body: `第 ${i + 1} 条。` } });
    assert.equal(sent.status, 201, sent.text);
  }
  const full = snapshot(h);
  const over = await h.call('POST', `/help-requests/${first.id}/messages`, { token, body: { body: '还有一条。' } });
  assert.deepEqual([over.status, over.body.code], [409, 'invalid_state']);
  assert.equal(snapshot(h), full);
});
