// Paying a union premium from the rider's wallet: the back end takes the amount from the union's
// record (never from the page), confirms it with the secret key, and takes the money once, however
// often the page asks; another rider's enrolment, a bad body and a short wallet change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { startPartnerBackend } from '../server.mjs';
import { OPENING_BALANCE_FEN } from '../premium.mjs';

let sandbox: Awaited<ReturnType<typeof startMockServer>>;
let backend: Awaited<ReturnType<typeof startPartnerBackend>>;
let partner: UnionClient;

before(async () => {
  sandbox = await startMockServer({ port: 0 });
  partner = new UnionClient({ baseUrl: `${sandbox.url}/v1`, token: 'sk_test_demo_delivery' });
  // The logged-in rider is named by a header in this test (the demo uses a cookie).
  backend = await startPartnerBackend({
    apiBaseUrl: `${sandbox.url}/v1`,
    secretKey: 'sk_test_demo_delivery',
    currentRider: (req) => ({ workerRef: String(req.headers['x-rider'] ?? 'rider-demo-001'), activeOrdersLast7Days: 42 }),
  });
});

after(async () => {
  await backend.close();
  await sandbox.close();
});

/** A member of the union with an enrolment in a paid plan awaiting its premium. */
async function awaitingPayment(workerRef: string) {
  const session = await partner.widgetSessions.create({ workerRef, components: ['membership', 'insurance'], verifiedMobile: '13800138000' });
  const worker = new UnionClient({ baseUrl: `${sandbox.url}/v1`, token: session.clientToken });
  const application = await worker.membership.apply({
    fullName: '王芳',
    residentIdNumber: '310104199203150418',
    mobile: '13800138000',
    occupation: 'food_delivery_rider',
    workDistrict: '310104',
    organisationId: 'org_310104_platform_demo_delivery',
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
    ],
  });
  await partner.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
  const enrolment = await worker.insurance.enrol({ planId: 'plan_inpatient_2026' });
  assert.equal(enrolment.status, 'awaiting_payment');
  return { worker, enrolment };
}

const pay = (rider: string, body: unknown) =>
  fetch(`${backend.url}/api/union/pay-premium`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rider': rider },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const wallet = async (rider: string) =>
  (await (await fetch(`${backend.url}/api/wallet`, { headers: { 'x-rider': rider } })).json()) as { balanceFen: number; entries: unknown[] };

test('the premium is paid from the wallet once, for what the union says is due', async () => {
  const { worker, enrolment } = await awaitingPayment('rider-wallet-1');
  assert.equal((await wallet('rider-wallet-1')).balanceFen, OPENING_BALANCE_FEN);

  const first = await pay('rider-wallet-1', { enrolmentId: enrolment.id });
  assert.equal(first.status, 200);
  const paid = (await first.json()) as { amountFen: number; balanceFen: number };
  assert.equal(paid.amountFen, enrolment.payment!.amountFen);
  assert.equal(paid.balanceFen, OPENING_BALANCE_FEN - enrolment.payment!.amountFen);
  assert.equal((await worker.insurance.retrieveEnrolment(enrolment.id)).status, 'active');

  // The page asks again (a double tap, a retry): the same answer, nothing taken twice.
  const again = await pay('rider-wallet-1', { enrolmentId: enrolment.id });
  assert.equal(again.status, 200);
  const after = await wallet('rider-wallet-1');
  assert.equal(after.balanceFen, OPENING_BALANCE_FEN - enrolment.payment!.amountFen);
  assert.equal(after.entries.length, 1);
});

test("another rider's enrolment, a bad body or a short wallet take nothing and pay nothing", async () => {
  const { worker, enrolment } = await awaitingPayment('rider-wallet-2');

  const stranger = await pay('rider-wallet-3', { enrolmentId: enrolment.id });
  assert.equal(stranger.status, 404);
  for (const body of [{}, { enrolmentId: 42 }, { enrolmentId: '../x' }, { enrolmentId: enrolment.id, amountFen: 1 }]) {
    const response = await pay('rider-wallet-2', body);
    assert.equal(response.status, 422, JSON.stringify(body));
    assert.deepEqual(await response.json(), { error: 'validation_failed' });
  }
  assert.equal((await pay('rider-wallet-2', '{')).status, 400);
  assert.equal((await pay('rider-wallet-2', JSON.stringify({ enrolmentId: 'x'.repeat(2000) }))).status, 413);

  backend.wallets.of('rider-wallet-2').balanceFen = enrolment.payment!.amountFen - 1;
  const short = await pay('rider-wallet-2', { enrolmentId: enrolment.id });
  assert.equal(short.status, 409);
  assert.equal(((await short.json()) as { error: string }).error, 'insufficient_balance');

  assert.equal((await worker.insurance.retrieveEnrolment(enrolment.id)).status, 'awaiting_payment');
  assert.equal((await wallet('rider-wallet-3')).entries.length, 0);
  assert.equal((await wallet('rider-wallet-2')).balanceFen, enrolment.payment!.amountFen - 1);
});
