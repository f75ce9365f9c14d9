// Responses and webhooks from a later contract (fixtures/future-contract.ts): new fields on every
// object and new enum values must reach the caller as they came, and a webhook of a new type must
// verify — none of it may throw. What still throws is a body a caller cannot use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseValidationError, UnionClient, type ClientOptions } from '@unionkit/sdk';
import { constructEvent, isKnownEvent, signPayload, WebhookPayloadError } from '@unionkit/sdk/server';
import { ADDED, example, FUTURE, future } from './fixtures/future-contract.js';
import { json, scriptedFetch } from './support/http.js';

const client = (fetch: ClientOptions['fetch']) =>
  new UnionClient({ baseUrl: 'http://127.0.0.1:9/v1', token: 'wst_test_session', fetch, retryDelay: () => 0 });

type Call = (c: UnionClient) => Promise<unknown>;
/** A list's first page, as the plain `{ data, nextCursor }` the API sent. */
const page =
  (list: (c: UnionClient) => PromiseLike<{ data: unknown[]; nextCursor: string | null }>): Call =>
  async (c) => {
    const p = await list(c);
    return { data: p.data, nextCursor: p.nextCursor };
  };
/** A list answer made of one item of `get`'s example (for lists whose contract example is empty). */
const listOf = (operationId: string) => ({ data: [example(operationId)], nextCursor: null });
const F = FUTURE;

const cases: { name: string; body: () => Record<string, unknown>; set?: Record<string, unknown>; call: Call; list?: boolean }[] = [
  { name: 'membership application', body: () => example('getMembershipApplication'), set: { status: F.membershipApplicationStatus }, call: (c) => c.membership.retrieveApplication('mapp_1') },
  { name: 'membership applications', body: () => listOf('getMembershipApplication'), set: { 'data.0.status': F.membershipApplicationStatus }, call: page((c) => c.membership.listApplications()), list: true },
  { name: 'membership', body: () => example('getMembership'), set: { status: F.membershipStatus }, call: (c) => c.membership.retrieve() },
  { name: 'union organisations', body: () => example('listUnionOrganisations'), call: page((c) => c.organisations.list()), list: true },
  { name: 'insurance plans', body: () => example('listInsurancePlans'), call: page((c) => c.insurance.listPlans()), list: true },
  { name: 'eligibility', body: () => example('getInsurancePlanEligibility'), set: { reasons: [F.eligibilityReason] }, call: (c) => c.insurance.checkEligibility('plan_1') },
  { name: 'enrolment', body: () => example('getInsuranceEnrolment'), set: { status: F.enrolmentStatus }, call: (c) => c.insurance.retrieveEnrolment('enr_1') },
  { name: 'enrolments', body: () => listOf('getInsuranceEnrolment'), set: { 'data.0.status': F.enrolmentStatus }, call: page((c) => c.insurance.listEnrolments()), list: true },
  { name: 'claim', body: () => example('getInsuranceClaim'), set: { status: F.claimStatus, 'timeline.0.status': F.claimStatus }, call: (c) => c.insurance.claims.retrieve('clm_1') },
  { name: 'claims', body: () => listOf('getInsuranceClaim'), set: { 'data.0.status': F.claimStatus }, call: page((c) => c.insurance.claims.list()), list: true },
  { name: 'help request', body: () => example('getHelpRequest'), set: { status: F.helpRequestStatus, type: F.helpRequestType, 'timeline.0.status': F.helpRequestStatus }, call: (c) => c.helpRequests.retrieve('hr_1') },
  { name: 'help requests', body: () => listOf('getHelpRequest'), set: { 'data.0.status': F.helpRequestStatus }, call: page((c) => c.helpRequests.list()), list: true },
  { name: 'appointments', body: () => example('listAppointments'), set: { 'data.0.status': F.appointmentStatus }, call: page((c) => c.appointments.list()), list: true },
  { name: 'service point', body: () => example('getServicePoint'), set: { type: F.servicePointType, amenities: [F.amenity] }, call: (c) => c.servicePoints.retrieve('sp_1') },
  { name: 'service points', body: () => example('listServicePoints'), set: { 'data.0.type': F.servicePointType, 'data.0.amenities': [F.amenity] }, call: page((c) => c.servicePoints.list()), list: true },
  { name: 'event', body: () => example('getEvent'), set: { category: F.eventCategory }, call: (c) => c.events.retrieve('evt_1') },
  { name: 'events', body: () => example('listEvents'), set: { 'data.0.category': F.eventCategory }, call: page((c) => c.events.list()), list: true },
  { name: 'event registrations', body: () => example('listEventRegistrations'), set: { 'data.0.status': F.registrationStatus }, call: page((c) => c.events.listRegistrations()), list: true },
  { name: 'job posting', body: () => example('getJobPosting'), set: { employmentType: F.employmentType }, call: (c) => c.jobs.retrieve('job_1') },
  { name: 'job postings', body: () => example('listJobPostings'), call: page((c) => c.jobs.list()), list: true },
  { name: 'job applications', body: () => example('listJobApplications'), set: { 'data.0.status': F.jobApplicationStatus }, call: page((c) => c.jobs.listApplications()), list: true },
  { name: 'consents', body: () => example('listConsents'), set: { 'data.0.purpose': F.consentPurpose }, call: page((c) => c.consents.list()), list: true },
  { name: 'worker status', body: () => example('getWorkerStatus'), call: (c) => c.workers.retrieveStatus('rider-123') },
];

for (const { name, body, set = {}, call, list } of cases) {
  test(`${name}: a later contract's fields and values reach the caller as they came`, async () => {
    const payload = future(body(), set);
    if (list) assert.ok((payload.data as unknown[]).length > 0, `${name}: the example has an item to change`);
    const { fetch } = scriptedFetch([json(payload)]);
    const got = await call(client(fetch));
    // Nothing stripped, nothing refused: every added field and every new value is still there.
    const expected = list ? { data: payload.data, nextCursor: payload.nextCursor } : payload;
    assert.deepEqual(got, expected);
    for (const [path, value] of Object.entries(set)) {
      const at: unknown = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], list ? { data: (got as { data: unknown }).data } : got);
      assert.deepEqual(at, value, `${name}: ${path}`);
    }
  });
}

test('a later contract still cannot drop what a caller needs: a missing id or a wrong type throws', async () => {
  const { id: _id, ...noId } = future(example('getMembershipApplication'), { status: F.membershipApplicationStatus });
  await assert.rejects(client(scriptedFetch([json(noId)]).fetch).membership.retrieveApplication('mapp_1'), ResponseValidationError);
  const wrongType = future(example('getServicePoint'), { name: 42 });
  await assert.rejects(client(scriptedFetch([json(wrongType)]).fetch).servicePoints.retrieve('sp_1'), ResponseValidationError);
  const notAList = future(example('getServicePoint'), { amenities: 'wifi' });
  await assert.rejects(client(scriptedFetch([json(notAList)]).fetch).servicePoints.retrieve('sp_1'), ResponseValidationError);
});

const SECRET = 'whsec_future_contract_test';
const NOW = 1_790_000_000;
async function deliver(event: unknown) {
  const body = JSON.stringify(event);
  return constructEvent(body, await signPayload(SECRET, body, NOW), SECRET, { now: NOW });
}

test('a webhook of a type added later verifies as a generic event, its data and fields as they came', async () => {
  const sent = { id: 'whevt_9', type: F.webhookType, createdAt: '2027-03-01T10:00:00+08:00', data: { workerRef: 'rider-123', course: 'e-bike safety' }, ...ADDED };
  const event = await deliver(sent);
  assert.deepEqual(event, sent);
  assert.equal(isKnownEvent(event), false);
  assert.equal(event.type, F.webhookType);
});

test('a known webhook with a later status and fields keeps them; a broken one is still refused', async () => {
  const sent = future(
    { id: 'whevt_1', type: 'member.status_changed', createdAt: '2027-03-01T10:00:00+08:00', data: { workerRef: 'rider-123', status: 'active', since: '2027-03-01' } },
    { 'data.status': F.membershipStatus },
  );
  const event = await deliver(sent);
  assert.deepEqual(event, sent);
  assert.ok(isKnownEvent(event) && event.type === 'member.status_changed');
  assert.equal(event.data.status, F.membershipStatus);
  // A known type without its data's required field, or an event without createdAt, cannot be acted on.
  await assert.rejects(deliver({ ...sent, data: { status: 'active' } }), WebhookPayloadError);
  await assert.rejects(deliver({ id: 'whevt_2', type: F.webhookType, data: {} }), WebhookPayloadError);
});
