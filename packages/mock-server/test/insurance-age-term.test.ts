// The age rule and the term of cover: an age-limited plan needs the birth date (from the resident ID
// or given on the enrolment) and counts the age on the day cover starts; cover starts the day after
// confirmation and ends on 31 December, and from 1 December an enrolment buys the next calendar year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { becomeMember, residentId, snapshot, startHarness } from './support/harness.js';

const PLATFORM = 'plan_platform_accident_2026'; // members and non-members; riders and couriers; attestation >= 5
const ACCIDENT = 'plan_accident_2026'; // members only, free, attestation >= 1

test('a rider whose age is unknown must give a birth date, and one over 60 is refused: no certificate', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ attestation: { activeOrdersLast7Days: 30 } });
  const eligibility = await h.call('GET', `/insurance-plans/${PLATFORM}/eligibility`, { token });
  assert.deepEqual(eligibility.body.reasons, ['birth_date_required']);
  assert.equal(eligibility.body.eligible, false);
  assert.equal(eligibility.body.minAge, 16, 'the limits are shown before the tap');
  assert.equal(eligibility.body.maxAgeExclusive, 60);
  const plans = await h.call('GET', '/insurance-plans', { token });
  const plan = plans.body.data.find((p: { id: string }) => p.id === PLATFORM);
  assert.equal(plan.eligibility.minAge, 16);
  assert.equal(plan.eligibility.maxAgeExclusive, 60);

  const before = snapshot(h);
  const unknown = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLATFORM } });
  assert.equal(unknown.status, 422);
  assert.equal(unknown.body.code, 'birth_date_required');
  assert.deepEqual(unknown.body.reasons, ['birth_date_required']);
  assert.equal(unknown.body.errors[0].path, 'birthDate');
  const old = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLATFORM, birthDate: '1962-05-01' } });
  assert.equal(old.status, 422);
  assert.equal(old.body.code, 'age_out_of_range');
  const child = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLATFORM, birthDate: '2015-05-01' } });
  assert.equal(child.body.code, 'age_out_of_range', 'under minAge');
  const future = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLATFORM, birthDate: '2030-01-01' } });
  assert.equal(future.body.code, 'validation_failed');
  assert.equal(future.body.errors[0].path, 'birthDate');
  assert.equal(snapshot(h), before, 'a refused enrolment changes nothing');
  assert.equal((await h.call('GET', '/insurance-enrolments', { token })).body.data.length, 0);

  const ok = await h.call('POST', '/insurance-enrolments', { token, body: { planId: PLATFORM, birthDate: '1990-03-07' } });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.body.status, 'active');
  assert.deepEqual(
    (await h.call('GET', `/insurance-plans/${PLATFORM}/eligibility`, { token })).body.reasons,
    ['already_enrolled'],
    'the birth date given is remembered',
  );
});

test('a member\'s age comes from the resident ID: no birth date asked, a different one refused', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ attestation: { activeOrdersLast7Days: 30 } });
  await becomeMember(h, token, { residentIdNumber: residentId('19900307') });
  assert.deepEqual((await h.call('GET', `/insurance-plans/${ACCIDENT}/eligibility`, { token })).body.reasons, []);
  const lie = await h.call('POST', '/insurance-enrolments', { token, body: { planId: ACCIDENT, birthDate: '2000-01-01' } });
  assert.equal(lie.status, 422);
  assert.equal(lie.body.code, 'validation_failed');
  assert.equal(lie.body.errors[0].path, 'birthDate');
  const same = await h.call('POST', '/insurance-enrolments', { token, body: { planId: ACCIDENT, birthDate: '1990-03-07' } });
  assert.equal(same.status, 201, same.text);

  const old = await h.session({ workerRef: 'old', attestation: { activeOrdersLast7Days: 30 } });
  await becomeMember(h, old, { residentIdNumber: residentId('19610101', '310104', '456') });
  const refused = await h.call('POST', '/insurance-enrolments', { token: old, body: { planId: ACCIDENT } });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'age_out_of_range');
});

test('cover starts the day after confirmation; from 1 December an enrolment is for the whole next year', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'dec', attestation: { activeOrdersLast7Days: 30 } });
  await becomeMember(h, token, { residentIdNumber: residentId('19900307') });
  const november = await h.call('GET', `/insurance-plans/${ACCIDENT}/eligibility`, { token });
  assert.equal(november.body.coverageStart, '2026-12-01', 'Monday 30 November: tomorrow');
  assert.equal(november.body.coverageEnd, '2026-12-31');

  h.server.sandbox.store.clock.set(new Date('2026-12-01T09:00:00+08:00'));
  const fresh = await h.session({ workerRef: 'dec', attestation: { activeOrdersLast7Days: 30 } });
  const december = await h.call('GET', `/insurance-plans/${ACCIDENT}/eligibility`, { token: fresh });
  assert.equal(december.body.coverageStart, '2027-01-01');
  assert.equal(december.body.coverageEnd, '2027-12-31');
  const plans = await h.call('GET', '/insurance-plans', { token: fresh });
  for (const p of plans.body.data) assert.deepEqual(p.term, { start: '2027-01-01', end: '2027-12-31' }, 'the term named is the term bought');
  const enrolment = await h.call('POST', '/insurance-enrolments', { token: fresh, body: { planId: ACCIDENT } });
  assert.equal(enrolment.status, 201, enrolment.text);
  assert.equal(enrolment.body.coverageStart, '2027-01-01');
  assert.equal(enrolment.body.coverageEnd, '2027-12-31');
});

test('the age counts on the day cover starts: 59 in December but 60 on 1 January is out of range', async (t) => {
  const h = await startHarness(t, { now: new Date('2026-12-15T10:00:00+08:00') });
  const token = await h.session({ attestation: { activeOrdersLast7Days: 30 } });
  await becomeMember(h, token, { residentIdNumber: residentId('19670101') });
  const res = await h.call('GET', `/insurance-plans/${ACCIDENT}/eligibility`, { token });
  assert.deepEqual(res.body.reasons, ['age_out_of_range']);
});
