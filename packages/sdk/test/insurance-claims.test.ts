// The paid path and a claim with the SDK alone against the sandbox over real HTTP: a worker enrols in
// a paid plan, the partner's server pays the premium, the test clock starts the cover, the worker
// files a claim with evidence, answers "more information needed", and the union (sandbox) approves
// and pays it. Every response the SDK receives is checked against the OpenAPI document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { ConflictError, NotFoundError, RequestValidationError, UnionClient, ValidationError } from '@unionkit/sdk';
import { residentIdCheckChar } from '@unionkit/sdk/validators';
import { checkResponse } from '../../mock-server/test/support/contract.js';

const NOW = new Date('2026-11-30T10:00:00+08:00');
const NOTICE = '2026-11';

/** A fetch that checks every sandbox response against the contract before the SDK sees it. */
const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request.clone());
  await checkResponse(request, response.clone());
  return response;
};

function residentId(birth: string): string {
  const first17 = `310104${birth}123`;
  return first17 + residentIdCheckChar(first17);
}

async function start(t: import('node:test').TestContext) {
  const sandbox = await startMockServer({ port: 0, now: NOW });
  t.after(() => sandbox.close());
  const baseUrl = `${sandbox.url}/v1`;
  const server = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery', fetch: contractFetch });
  /** A worker's client, whose token is minted anew whenever asked (the clock may have expired the last one). */
  const worker = (workerRef: string) => {
    let token: string | null = null;
    const client = new UnionClient({
      baseUrl,
      fetch: contractFetch,
      getToken: async () => {
        token ??= (
          await server.widgetSessions.create({
            workerRef,
            components: ['membership', 'insurance'],
            verifiedMobile: '13800138000',
            attestation: { activeOrdersLast7Days: 12 },
          })
        ).clientToken;
        return token;
      },
    });
    return { client, renew: () => (token = null) };
  };
  return { sandbox, server, worker };
}

async function becomeMember(server: UnionClient, client: UnionClient): Promise<void> {
  const application = await client.membership.apply({
    fullName: '王芳',
    residentIdNumber: residentId('19900315'),
    mobile: '13800138000',
    occupation: 'food_delivery_rider',
    workDistrict: '310104',
    organisationId: 'org_310104_platform_demo_delivery',
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: NOTICE },
      { purpose: 'sensitive_id_number', noticeVersion: NOTICE },
    ],
  });
  await server.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
}

const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9])], { type: 'image/jpeg' });

test('a paid plan is paid by the partner, the clock starts the cover, and a claim is filed, completed, approved and paid', async (t) => {
  const { server, worker } = await start(t);
  const rider = worker('rider-claims');
  await becomeMember(server, rider.client);

  const enrolment = await rider.client.insurance.enrol({ planId: 'plan_inpatient_2026' });
  assert.equal(enrolment.status, 'awaiting_payment');
  assert.deepEqual(enrolment.payment, { amountFen: 3000, dueDate: '2026-12-14' });

  await assert.rejects(
    server.insurance.payEnrolment(enrolment.id, { amountFen: 2000, partnerPaymentRef: 'wallet-1' }),
    (e: unknown) => e instanceof ValidationError && e.code === 'payment_amount_mismatch',
  );
  const payment = await server.insurance.payEnrolment(enrolment.id, { amountFen: 3000, partnerPaymentRef: 'wallet-1' });
  assert.equal(payment.method, 'partner');
  await assert.rejects(
    server.insurance.payEnrolment(enrolment.id, { amountFen: 3000, partnerPaymentRef: 'wallet-2' }),
    (e: unknown) => e instanceof ConflictError && e.code === 'invalid_state',
  );
  await assert.rejects(
    server.insurance.payEnrolment(enrolment.id, { amountFen: -1, partnerPaymentRef: 'wallet-3' }),
    RequestValidationError,
    'the SDK refuses before sending what the API would',
  );

  const clock = await server.sandbox.advanceClock(2);
  assert.equal(clock.now, '2026-12-02T10:00:00+08:00');
  rider.renew();
  const active = await rider.client.insurance.retrieveEnrolment(enrolment.id);
  assert.equal(active.status, 'active');
  assert.equal(active.coverageStart, '2026-12-01');

  const receipt = await rider.client.files.upload({ file: jpeg(), purpose: 'claim_evidence' });
  const claim = await rider.client.insurance.claims.create({
    enrolmentId: enrolment.id,
    benefit: 'inpatient',
    incidentDate: '2026-12-01',
    description: '送餐途中摔倒，住院三天。',
    hospitalDays: 3,
    evidenceFileIds: [receipt.id],
    consents: [
      { purpose: 'claim_processing', noticeVersion: NOTICE },
      { purpose: 'sensitive_health_data', noticeVersion: NOTICE },
    ],
  });
  assert.equal(claim.status, 'submitted');
  assert.equal(claim.decisionDueDate, '2027-01-01');

  const asked = await server.sandbox.decideClaim(claim.id, { decision: 'needs_info', reason: '请补充出院小结。' });
  assert.equal(asked.status, 'more_info_needed');
  const summary = await rider.client.files.upload({ file: jpeg(), purpose: 'claim_evidence' });
  const answered = await rider.client.insurance.claims.addDocuments(claim.id, { fileIds: [summary.id] });
  assert.equal(answered.status, 'under_review');

  const approved = await server.sandbox.decideClaim(claim.id, { decision: 'approve' });
  assert.equal(approved.approvedAmountFen, 15_000);
  const paid = await rider.client.sandbox.decideClaim(claim.id, { decision: 'pay' });
  assert.equal(paid.status, 'paid');
  assert.deepEqual(
    paid.timeline.map((s) => s.status),
    ['submitted', 'under_review', 'more_info_needed', 'under_review', 'approved', 'paid'],
  );

  const listed = [];
  for await (const c of rider.client.insurance.claims.list()) listed.push(c.id);
  assert.deepEqual(listed, [claim.id]);
  assert.equal((await rider.client.insurance.claims.retrieve(claim.id)).status, 'paid');
  await assert.rejects(rider.client.insurance.claims.withdraw(claim.id), (e: unknown) => e instanceof ConflictError && e.code === 'invalid_state');
  await assert.rejects(worker('someone-else').client.insurance.claims.retrieve(claim.id), NotFoundError);
});

test('a union-counter payment (sandbox) and a lapse past the due date', async (t) => {
  const { server, worker } = await start(t);
  const counter = worker('rider-counter');
  await becomeMember(server, counter.client);
  const paidAtCounter = await counter.client.insurance.enrol({ planId: 'plan_inpatient_2026' });
  const payment = await counter.client.sandbox.payEnrolment(paidAtCounter.id);
  assert.equal(payment.method, 'union_counter');
  assert.equal(payment.partnerPaymentRef, null);

  const late = worker('rider-late');
  await becomeMember(server, late.client);
  const unpaid = await late.client.insurance.enrol({ planId: 'plan_inpatient_2026' });
  await server.sandbox.advanceClock(15);
  late.renew();
  assert.equal((await late.client.insurance.retrieveEnrolment(unpaid.id)).status, 'lapsed');
  await assert.rejects(
    server.insurance.payEnrolment(unpaid.id, { amountFen: 3000, partnerPaymentRef: 'too-late' }),
    (e: unknown) => e instanceof ConflictError && e.code === 'payment_overdue',
  );
});
