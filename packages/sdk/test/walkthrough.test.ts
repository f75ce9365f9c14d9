// The partner engineer's walk through the README, with the SDK alone against the sandbox over real
// HTTP: mint a session, verify a mobile, apply, get approved, enrol, search nearby, land on a
// waitlist, apply for a job, and receive a signed member.status_changed webhook. Every response the
// SDK receives is checked against the OpenAPI document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { constructEvent, isKnownEvent, readRawBody } from '@unionkit/sdk/server';
import { checkResponse } from '../../mock-server/test/support/contract.js';

type Sandbox = Awaited<ReturnType<typeof startMockServer>>;
let sandbox: Sandbox;
let receiver: Server;
let receiverUrl: string;
const received: { type: string; workerRef: string; status: string }[] = [];
let deliveredHeader = '';
let webhookSecret = '';

/** A fetch that checks every sandbox response against the contract before the SDK sees it. */
const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request.clone());
  await checkResponse(request, response.clone());
  return response;
};

before(async () => {
  receiver = createServer(async (req, res) => {
    const raw = await readRawBody(req);
    deliveredHeader = String(req.headers['unionkit-signature'] ?? '');
    const event = await constructEvent(raw, deliveredHeader, webhookSecret);
    if (isKnownEvent(event) && event.type === 'member.status_changed') {
      received.push({ type: event.type, workerRef: event.data.workerRef, status: event.data.status });
    }
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/unionkit`;
  sandbox = await startMockServer({ port: 0, webhookRetry: { attempts: 3, baseDelayMs: 20 } });
});

after(async () => {
  await sandbox.close();
  await new Promise((resolve) => receiver.close(resolve));
});

test('a partner integrates end to end with the SDK alone', async () => {
  const baseUrl = `${sandbox.url}/v1`;
  const server = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery', fetch: contractFetch });

  const endpoint = await server.webhookEndpoints.create({ url: receiverUrl, events: ['member.status_changed'] });
  assert.match(endpoint.secret, /^whsec_/);
  webhookSecret = endpoint.secret;

  const session = await server.widgetSessions.create({
    workerRef: 'rider-walkthrough',
    components: ['membership', 'insurance', 'service_map', 'events', 'jobs'],
    attestation: { activeOrdersLast7Days: 30 },
  });
  assert.match(session.clientToken, /^wst_/);

  const worker = new UnionClient({ baseUrl, token: session.clientToken, fetch: contractFetch });
  const sms = await worker.smsVerifications.create({ mobile: '13800138000' });
  const confirmed = await worker.smsVerifications.confirm(sms.id, { code: '000000' });
  assert.equal(confirmed.verified, true);

  const orgs = await worker.organisations.list({ district: '310104', acceptsMembers: true });
  const suggested = orgs.data.filter((o) => o.suggested);
  assert.equal(suggested.length, 1);

  const application = await worker.membership.apply({
    fullName: '张伟',
    residentIdNumber: '310104199203150418',
    mobile: '13800138000',
    smsVerificationId: sms.id,
    occupation: 'food_delivery_rider',
    workDistrict: '310104',
    organisationId: suggested[0]!.id,
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
      { purpose: 'share_status_with_platform', noticeVersion: '2026-11' },
    ],
  });
  assert.equal(application.status, 'submitted');

  const decided = await server.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
  assert.equal(decided.status, 'approved');
  const membership = await worker.membership.retrieve();
  assert.equal(membership.status, 'active');

  const plans = await worker.insurance.listPlans();
  let enrolled = false;
  for (const plan of plans.data) {
    const eligibility = await worker.insurance.checkEligibility(plan.id);
    if (!eligibility.eligible) continue;
    const enrolment = await worker.insurance.enrol({ planId: plan.id });
    assert.ok(['active', 'awaiting_payment', 'pending_review'].includes(enrolment.status));
    enrolled = true;
    break;
  }
  assert.ok(enrolled, 'an approved member with an attestation is eligible for some plan');

  const nearby = await worker.servicePoints.list({ near: '31.1880,121.4370', types: ['rest_station'], amenities: ['microwave'] });
  assert.ok(nearby.data.length > 0);
  const distances = nearby.data.map((p) => p.distanceM!);
  assert.deepEqual(distances, [...distances].sort((a, b) => a - b));

  let waitlisted = false;
  for await (const event of worker.events.list({})) {
    if (event.placesLeft === 0 && event.waitlistEnabled && !event.membersOnly && Date.parse(event.registrationOpensAt) <= Date.now() && Date.parse(event.registrationClosesAt) > Date.now()) {
      const registration = await worker.events.register(event.id);
      assert.equal(registration.status, 'waitlisted');
      waitlisted = true;
      break;
    }
  }
  assert.ok(waitlisted, 'the sandbox has a full event with a waitlist');

  const jobs = await worker.jobs.list({ occupation: 'food_delivery_rider' });
  const job = await worker.jobs.apply(jobs.data[0]!.id, {
    consents: [{ purpose: 'job_application_sharing', noticeVersion: '2026-11' }],
  });
  assert.equal(job.status, 'submitted');

  for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(received, [{ type: 'member.status_changed', workerRef: 'rider-walkthrough', status: 'active' }]);
  assert.match(deliveredHeader, /^t=\d+,v1=[0-9a-f]{64}$/);

  const status = await server.workers.retrieveStatus('rider-walkthrough');
  assert.equal(status.shared, true);
  assert.equal(status.membership?.status, 'active');
});
