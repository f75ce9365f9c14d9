// Protection plans: eligibility, enrolment, cancellation and expiry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { becomeMember, NOTICE, residentIdAged, snapshot, startHarness } from './support/harness.js';

const PLAN = {
  accident: 'plan_accident_2026', // free, members only, attestation >= 1
  inpatient: 'plan_inpatient_2026', // worker pays 3000
  critical: 'plan_critical_illness_2026', // not digital_content_creator / other
  platform: 'plan_platform_accident_2026', // non-members too; riders and couriers; attestation >= 5
  closed: 'plan_death_disability_2026', // window closed
};

async function reasons(h: Awaited<ReturnType<typeof startHarness>>, token: string, plan: string): Promise<string[]> {
  const res = await h.call('GET', `/insurance-plans/${plan}/eligibility`, { token });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.eligible, res.body.reasons.length === 0);
  return res.body.reasons;
}

test('plans are listed; an unknown plan is 404', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['insurance'] });
  const plans = await h.call('GET', '/insurance-plans', { token });
  assert.deepEqual(plans.body.data.map((p: { id: string }) => p.id), Object.values(PLAN));
  assert.equal((await h.call('GET', '/insurance-plans/plan_nope/eligibility', { token })).status, 404);
});

test('eligibility reasons: not_a_member, activity_not_attested, enrolment_closed', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  assert.deepEqual(await reasons(h, token, PLAN.accident), ['not_a_member', 'activity_not_attested']);
  assert.deepEqual(await reasons(h, token, PLAN.inpatient), ['not_a_member']);
  assert.deepEqual(await reasons(h, token, PLAN.closed), ['not_a_member', 'enrolment_closed']);
  const attested = await h.session({ attestation: { activeOrdersLast7Days: 4 } });
  assert.deepEqual(await reasons(h, attested, PLAN.platform), ['birth_date_required', 'activity_not_attested'], 'below the plan minimum of 5');
  const enough = await h.session({ attestation: { activeOrdersLast7Days: 5 } });
  assert.deepEqual(await reasons(h, enough, PLAN.platform), ['birth_date_required'], 'age unknown until a birth date is given');
});

test('eligibility: age from the resident ID (maxAgeExclusive 60) and occupation from the application', async (t) => {
  const h = await startHarness(t);
  const old = await h.session({ workerRef: 'old', attestation: { activeOrdersLast7Days: 9 } });
  await becomeMember(h, old, { residentIdNumber: residentIdAged(60) });
  assert.deepEqual(await reasons(h, old, PLAN.accident), ['age_out_of_range']);
  const young = await h.session({ workerRef: 'young', attestation: { activeOrdersLast7Days: 9 } });
  await becomeMember(h, young, { residentIdNumber: residentIdAged(59) });
  assert.deepEqual(await reasons(h, young, PLAN.accident), []);
  const creator = await h.session({ workerRef: 'creator', attestation: { activeOrdersLast7Days: 9 } });
  await becomeMember(h, creator, { occupation: 'digital_content_creator' });
  assert.deepEqual(await reasons(h, creator, PLAN.critical), ['occupation_not_covered']);
  assert.deepEqual(await reasons(h, creator, PLAN.platform), ['occupation_not_covered']);
});

test('one-click enrolment: a free plan is active from tomorrow to 31 December with a certificate', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ attestation: { activeOrdersLast7Days: 20 } });
  await becomeMember(h, token);
  const res = await h.call('POST', '/insurance-enrolments', {
    token,
    body: { planId: PLAN.accident, consents: [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE }] },
  });
  assert.equal(res.status, 201, res.text);
  assert.equal(res.body.status, 'active');
  assert.equal(res.body.coverageStart, '2026-12-01');
  assert.equal(res.body.coverageEnd, '2026-12-31');
  assert.equal(res.body.workerPaysFen, 0);
  assert.match(res.body.certificate.number, /^HZBZ2026-310104-\d{6}$/);
  assert.equal((await h.call('GET', `/insurance-enrolments/${res.body.id}`, { token })).body.status, 'active');
  const consents = await h.call('GET', '/consents', { token });
  assert.ok(consents.body.data.some((c: { purpose: string; subjectId: string }) => c.purpose === 'share_status_with_platform' && c.subjectId === res.body.id));
  assert.deepEqual(await reasons(h, token, PLAN.accident), ['already_enrolled']);
  const again = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.accident } });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'already_enrolled');
});

test('a plan the worker pays for waits in awaiting_payment', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  await becomeMember(h, token);
  const res = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.inpatient } });
  assert.equal(res.body.status, 'awaiting_payment');
  assert.equal(res.body.coverageStart, null);
  assert.equal(res.body.certificate, null);
  assert.equal(res.body.workerPaysFen, 3000);
});

test('enrolling when not eligible is 422 not_eligible with the reasons; bad input is 4xx; nothing changes', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const before = snapshot(h);
  const res = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.accident } });
  assert.equal(res.status, 422);
  assert.equal(res.body.code, 'not_eligible');
  assert.deepEqual(res.body.reasons, ['not_a_member', 'activity_not_attested']);
  const unknown = await h.call('POST', '/insurance-enrolments', { token, body: { planId: 'plan_nope' } });
  assert.equal(unknown.status, 422);
  assert.equal(unknown.body.errors[0].path, 'planId');
  const missing = await h.call('POST', '/insurance-enrolments', { token, body: {} });
  assert.equal(missing.body.errors[0].code, 'required');
  const outdated = await h.call('POST', '/insurance-enrolments', {
    token,
    body: { planId: PLAN.platform, consents: [{ purpose: 'share_status_with_platform', noticeVersion: '2024-01' }] },
  });
  assert.equal(outdated.body.code, 'notice_version_outdated');
  const badPurpose = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.platform, consents: [{ purpose: 'sell_data', noticeVersion: NOTICE }] } });
  assert.equal(badPurpose.body.errors[0].path, 'consents.0.purpose');
  assert.equal(snapshot(h), before);
});

test('cancel from active or awaiting_payment; twice is 409 invalid_state; then enrol again', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ attestation: { activeOrdersLast7Days: 20 } });
  await becomeMember(h, token);
  const enrolment = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.accident } });
  const cancelled = await h.call('POST', `/insurance-enrolments/${enrolment.body.id}/cancel`, { token });
  assert.equal(cancelled.body.status, 'cancelled');
  const twice = await h.call('POST', `/insurance-enrolments/${enrolment.body.id}/cancel`, { token });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.code, 'invalid_state');
  const again = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.accident } });
  assert.equal(again.status, 201);
  const paid = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.inpatient } });
  assert.equal((await h.call('POST', `/insurance-enrolments/${paid.body.id}/cancel`, { token })).body.status, 'cancelled');
  const list = await h.call('GET', '/insurance-enrolments', { token });
  assert.deepEqual(list.body.data.map((e: { id: string }) => e.id), [paid.body.id, again.body.id, enrolment.body.id]);
  const other = await h.session({ workerRef: 'someone-else' });
  assert.equal((await h.call('GET', `/insurance-enrolments/${again.body.id}`, { token: other })).status, 404);
  assert.equal((await h.call('POST', `/insurance-enrolments/${again.body.id}/cancel`, { token: other })).status, 404);
});

test('cover ends on 31 December: the enrolment becomes expired', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'exp', attestation: { activeOrdersLast7Days: 20 } });
  await becomeMember(h, token);
  const enrolment = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLAN.accident } });
  h.server.sandbox.store.clock.set(new Date('2027-01-01T00:00:01+08:00'));
  const fresh = await h.session({ workerRef: 'exp' });
  const res = await h.call('GET', `/insurance-enrolments/${enrolment.body.id}`, { token: fresh });
  assert.equal(res.body.status, 'expired');
  assert.equal(res.body.coverageEnd, '2026-12-31');
});
