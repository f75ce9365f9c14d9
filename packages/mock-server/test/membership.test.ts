// SMS verification, organisations and the membership lifecycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, applicationBody, becomeMember, NOTICE, residentId, residentIdAged, SK, snapshot, startHarness } from './support/harness.js';

test('SMS: 000000 verifies; wrong codes count down; the sixth try is 429 sms_attempts_exceeded', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const sms = await h.call('POST', '/sms-verifications', { token, body: { mobile: '+86 138 0013 8000'.replace(/ /g, '') } });
  assert.equal(sms.status, 201);
  assert.equal(sms.body.expiresAt, '2026-11-30T10:10:00+08:00');
  const remaining: number[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '123456' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.verified, false);
    remaining.push(res.body.attemptsRemaining);
  }
  assert.deepEqual(remaining, [4, 3, 2, 1, 0]);
  const exceeded = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '000000' } });
  assert.equal(exceeded.status, 429);
  assert.equal(exceeded.body.code, 'sms_attempts_exceeded');

  const other = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' } });
  const ok = await h.call('POST', `/sms-verifications/${other.body.id}/confirm`, { token, body: { code: '000000' } });
  assert.deepEqual(ok.body, { id: other.body.id, verified: true });
  const malformed = await h.call('POST', `/sms-verifications/${other.body.id}/confirm`, { token, body: { code: '12ab' } });
  assert.equal(malformed.status, 422);
  assert.equal(malformed.body.errors[0].code, 'invalid_format');
  const unknown = await h.call('POST', '/sms-verifications/smsv_nope/confirm', { token, body: { code: '000000' } });
  assert.equal(unknown.status, 404);
  const badMobile = await h.call('POST', '/sms-verifications', { token, body: { mobile: '12800138000' } });
  assert.equal(badMobile.status, 422);
});

test('SMS: a verification expires after 10 minutes (422 sms_verification_expired)', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const sms = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' } });
  h.server.sandbox.store.clock.advance(10 * 60 * 1000);
  const res = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token: await h.session({ workerRef: h.server.sandbox.store.sessions.values().next().value!.workerRef }), body: { code: '000000' } });
  assert.equal(res.status, 422);
  assert.equal(res.body.code, 'sms_verification_expired');
});

test('organisations: exactly one suggested in the district, for this platform; filters', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const all = await h.call('GET', '/union-organisations?district=310104&limit=100', { token });
  const suggested = all.body.data.filter((o: { suggested: boolean }) => o.suggested);
  assert.equal(suggested.length, 1);
  assert.equal(suggested[0].kind, 'platform_enterprise');
  assert.ok(suggested[0].platformIds.includes('demo-delivery'));
  assert.ok(all.body.data.every((o: { district: string }) => o.district === '310104'));
  const accepting = await h.call('GET', '/union-organisations?district=310104&acceptsMembers=true&kind=street&limit=100', { token });
  assert.ok(accepting.body.data.length > 0);
  assert.ok(accepting.body.data.every((o: { kind: string; acceptsMembers: boolean; suggested: boolean }) => o.kind === 'street' && o.acceptsMembers && !o.suggested));
  const noDistrict = await h.call('GET', '/union-organisations?limit=100', { token });
  assert.ok(noDistrict.body.data.every((o: { suggested: boolean }) => !o.suggested));
  const children = await h.call('GET', '/union-organisations?parentId=org_310104&limit=100', { token });
  assert.ok(children.body.data.length > 0 && children.body.data.every((o: { parentId: string }) => o.parentId === 'org_310104'));

  // without a platform union in the district: a joint union; without that: the first street/town union
  const store = h.server.sandbox.store;
  store.organisations = store.organisations.filter((o) => !(o.district === '310101' && o.kind === 'platform_enterprise'));
  const joint = await h.call('GET', '/union-organisations?district=310101&limit=100', { token });
  assert.deepEqual(joint.body.data.filter((o: { suggested: boolean }) => o.suggested).map((o: { kind: string }) => o.kind), ['joint']);
  store.organisations = store.organisations.filter((o) => !(o.district === '310101' && o.kind === 'joint'));
  const street = await h.call('GET', '/union-organisations?district=310101&limit=100', { token });
  const s = street.body.data.filter((o: { suggested: boolean }) => o.suggested);
  assert.equal(s.length, 1);
  assert.equal(s[0].id, street.body.data.find((o: { kind: string }) => o.kind === 'street' || o.kind === 'town').id);
});

test('an application: submitted, contact due in 15 working days, applicant masked, consents recorded', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const none = await h.call('GET', '/membership', { token });
  assert.equal(none.status, 200, 'not being a member is an ordinary state, not an error');
  assert.deepEqual(none.body, { status: 'none' });
  const id = await apply(h, token, { residentIdNumber: residentId('19900307', '310104', '123') });
  const app = await h.call('GET', `/membership-applications/${id}`, { token });
  assert.equal(app.body.status, 'submitted');
  // Monday 30 November 2026 + 15 working days = Monday 21 December 2026
  assert.equal(app.body.contactDueDate, '2026-12-21');
  assert.equal(app.body.applicant.residentIdNumberMasked, `310104********${residentId('19900307', '310104', '123').slice(14)}`);
  assert.equal(app.body.applicant.mobileMasked, '138****8000');
  assert.equal(app.body.applicant.birthDate, '1990-03-07');
  assert.equal(app.body.applicant.sex, 'male');
  assert.doesNotMatch(JSON.stringify(h.server.sandbox.store.applications.get(id)), /19900307/, 'the full ID number is not stored');
  const consents = await h.call('GET', '/consents', { token });
  assert.deepEqual(
    consents.body.data.map((c: { purpose: string; subjectId: string; noticeVersion: string }) => [c.purpose, c.subjectId, c.noticeVersion]),
    [['membership_processing', id, NOTICE], ['sensitive_id_number', id, NOTICE]],
  );
  const list = await h.call('GET', '/membership-applications', { token });
  assert.deepEqual(list.body.data.map((a: { id: string }) => a.id), [id]);
});

test('an application needs the charter, both consents at 2026-11, a valid ID of a 16+ year-old, a verified mobile', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const sms = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13800138000' } });
  await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '000000' } });
  const base = applicationBody({ smsVerificationId: sms.body.id });
  const before = snapshot(h);
  const expect = async (body: Record<string, unknown>, status: number, code: string, field?: [string, string]) => {
    const res = await h.call('POST', '/membership-applications', { token, body });
    assert.equal(res.status, status, res.text);
    assert.equal(res.body.code, code);
    if (field) assert.ok(res.body.errors.some((e: { path: string; code: string }) => e.path === field[0] && e.code === field[1]), res.text);
  };
  await expect({ ...base, charterAccepted: false }, 422, 'validation_failed', ['charterAccepted', 'invalid_value']);
  const badCheck = residentIdAged(30).slice(0, 17) + (residentIdAged(30).endsWith('0') ? '1' : '0');
  await expect({ ...base, residentIdNumber: badCheck }, 422, 'validation_failed', ['residentIdNumber', 'invalid_checksum']);
  await expect({ ...base, residentIdNumber: '31010419901' }, 422, 'validation_failed', ['residentIdNumber', 'invalid_format']);
  await expect({ ...base, residentIdNumber: residentId('19901332') }, 422, 'validation_failed', ['residentIdNumber', 'invalid_value']);
  await expect({ ...base, residentIdNumber: residentIdAged(15) }, 422, 'validation_failed', ['residentIdNumber', 'invalid_value']);
  await expect({ ...base, occupation: 'astronaut' }, 422, 'validation_failed', ['occupation', 'invalid_value']);
  await expect({ ...base, fullName: undefined }, 422, 'validation_failed', ['fullName', 'required']);
  await expect({ ...base, ssn: '1' }, 422, 'validation_failed', ['ssn', 'unknown_field']);
  await expect({ ...base, consents: [{ purpose: 'membership_processing', noticeVersion: NOTICE, extra: 1 }] }, 422, 'validation_failed', ['consents.0.extra', 'unknown_field']);
  await expect({ ...base, consents: [{ purpose: 'membership_processing', noticeVersion: NOTICE }] }, 422, 'consent_required');
  await expect(
    { ...base, consents: [{ purpose: 'membership_processing', noticeVersion: '2025-01' }, { purpose: 'sensitive_id_number', noticeVersion: NOTICE }] },
    422,
    'notice_version_outdated',
  );
  await expect({ ...base, organisationId: 'org_310101_platform_demo_delivery' }, 422, 'validation_failed', ['organisationId', 'invalid_value']);
  await expect({ ...base, organisationId: 'org_nope' }, 422, 'validation_failed', ['organisationId', 'invalid_value']);
  await expect({ ...base, organisationId: 'org_310104' }, 422, 'validation_failed', ['organisationId', 'invalid_value']);
  await expect({ ...base, mobile: '13900139000' }, 422, 'mobile_not_verified');
  await expect({ ...base, smsVerificationId: undefined }, 422, 'mobile_not_verified');
  assert.equal(snapshot(h), before);

  // an unconfirmed verification is not proof
  const pending = await h.call('POST', '/sms-verifications', { token, body: { mobile: '13700137000' } });
  await expect({ ...base, mobile: '13700137000', smsVerificationId: pending.body.id }, 422, 'mobile_not_verified');
});

test("the session's verifiedMobile needs no SMS code", async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ verifiedMobile: '+8613800138000' });
  const res = await h.call('POST', '/membership-applications', { token, body: applicationBody({ mobile: '13800138000' }) });
  assert.equal(res.status, 201, res.text);
});

test('one open application per worker; withdraw; decide: needs_info, reject, approve → membership; already_member', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const first = await apply(h, token);
  const open = await h.call('POST', '/membership-applications', { token, body: applicationBody({ smsVerificationId: h.server.sandbox.store.smsVerifications.keys().next().value }) });
  assert.equal(open.status, 409);
  assert.equal(open.body.code, 'application_already_open');

  const withdrawn = await h.call('POST', `/membership-applications/${first}/withdraw`, { token });
  assert.equal(withdrawn.body.status, 'withdrawn');
  const twice = await h.call('POST', `/membership-applications/${first}/withdraw`, { token });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.code, 'invalid_state');
  const decideWithdrawn = await h.call('POST', `/sandbox/membership-applications/${first}/decision`, { token: SK, body: { decision: 'approve' } });
  assert.equal(decideWithdrawn.body.code, 'invalid_state');

  const second = await apply(h, token);
  const info = await h.call('POST', `/sandbox/membership-applications/${second}/decision`, { token: SK, body: { decision: 'needs_info', note: '请补充工作证明' } });
  assert.equal(info.body.status, 'needs_info');
  assert.equal(info.body.decisionNote, '请补充工作证明');
  // the worker's own token may decide its own application (sandbox)
  const rejected = await h.call('POST', `/sandbox/membership-applications/${second}/decision`, { token, body: { decision: 'reject' } });
  assert.equal(rejected.body.status, 'rejected');
  const badDecision = await h.call('POST', `/sandbox/membership-applications/${second}/decision`, { token: SK, body: { decision: 'maybe' } });
  assert.equal(badDecision.status, 422);

  const third = await apply(h, token);
  const approved = await h.call('POST', `/sandbox/membership-applications/${third}/decision`, { token: SK, body: { decision: 'approve' } });
  assert.equal(approved.body.status, 'approved');
  const membership = await h.call('GET', '/membership', { token });
  assert.equal(membership.body.status, 'active');
  assert.equal(membership.body.since, '2026-11-30');
  assert.equal(membership.body.organisationId, 'org_310104_platform_demo_delivery');
  assert.match(membership.body.memberNumber, /^SH3101042026\d{6}$/);
  const again = await h.call('POST', '/membership-applications', { token, body: applicationBody({ smsVerificationId: [...h.server.sandbox.store.smsVerifications.keys()].at(-1) }) });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'already_member');
  const decideApproved = await h.call('POST', `/sandbox/membership-applications/${third}/decision`, { token: SK, body: { decision: 'reject' } });
  assert.equal(decideApproved.status, 409);
  const list = await h.call('GET', '/membership-applications', { token });
  assert.deepEqual(list.body.data.map((a: { id: string }) => a.id), [third, second, first]);
});

test('another worker cannot decide, read or withdraw an application', async (t) => {
  const h = await startHarness(t);
  const a = await h.session({ workerRef: 'a' });
  const b = await h.session({ workerRef: 'b' });
  const id = await apply(h, a);
  const before = snapshot(h);
  assert.equal((await h.call('GET', `/membership-applications/${id}`, { token: b })).status, 404);
  assert.equal((await h.call('POST', `/membership-applications/${id}/withdraw`, { token: b })).status, 404);
  assert.equal((await h.call('POST', `/sandbox/membership-applications/${id}/decision`, { token: b, body: { decision: 'approve' } })).status, 404);
  assert.equal(snapshot(h), before);
  await becomeMember(h, b);
});
