// The demo's sandbox buttons for the new flows, without a browser: they take no id (the page is never
// told of a claim or a help request), act on the logged-in rider's latest one only — never another
// rider's — and answer no more than that it was done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { UnionClient } from '@unionkit/sdk';
import { startRiderApp } from '../server.mjs';
import { becomeMember, CLAIM_CONSENTS, jpeg, NOTICE } from './support/member.js';

let app: Awaited<ReturnType<typeof startRiderApp>>;
let base: string;

before(async () => {
  app = await startRiderApp({ port: 0, host: '127.0.0.1', sandboxPort: 0 });
  base = `http://127.0.0.1:${app.port}`;
});

after(async () => {
  await app?.close();
});

const newRef = () => `rider-test-${randomUUID().slice(0, 8)}`;
const partner = () => new UnionClient({ baseUrl: app.apiBaseUrl, token: 'sk_test_demo_delivery' });

async function press(workerRef: string, action: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/api/sandbox/${action}`, { method: 'POST', headers: { cookie: `unionkit_demo_rider=${workerRef}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A client of the rider's own, minted afresh (the clock may have expired the last one). */
async function rider(workerRef: string): Promise<UnionClient> {
  const session = await partner().widgetSessions.create({ workerRef, components: ['membership', 'insurance', 'help'], verifiedMobile: '13800138000' });
  return new UnionClient({ baseUrl: app.apiBaseUrl, token: session.clientToken });
}

/** A member whose paid cover has started, with a claim filed on it. */
async function withClaim(workerRef: string) {
  const worker = await rider(workerRef);
  await becomeMember(worker, partner(), { share: false });
  const enrolment = await worker.insurance.enrol({ planId: 'plan_inpatient_2026' });
  await partner().sandbox.payEnrolment(enrolment.id);
  const paid = await worker.insurance.retrieveEnrolment(enrolment.id);
  const clock = await press(workerRef, 'clock-advance');
  assert.equal(clock.status, 200);
  // On to the day cover starts: the day after the payment, or 1 January when paid in December.
  assert.equal(String(clock.body['now']).slice(0, 10), paid.coverageStart);
  const again = await rider(workerRef);
  const cover = await again.insurance.retrieveEnrolment(enrolment.id);
  assert.equal(cover.status, 'active');
  const photo = await again.files.upload({ file: jpeg(), purpose: 'claim_evidence' });
  const claim = await again.insurance.claims.create({
    enrolmentId: enrolment.id,
    benefit: 'inpatient',
    incidentDate: cover.coverageStart!,
    description: '送餐途中摔倒，住院两天。',
    hospitalDays: 2,
    evidenceFileIds: [photo.id],
    consents: CLAIM_CONSENTS,
  });
  return { claim, client: () => rider(workerRef) };
}

test('approve and pay the latest claim: the rider’s own only, and the answer tells nothing of it', async () => {
  const someoneElse = newRef();
  assert.deepEqual(await press(someoneElse, 'claim-decision'), { status: 409, body: { error: 'no_open_claim' } });

  const ref = newRef();
  const { claim, client } = await withClaim(ref);
  assert.deepEqual(await press(someoneElse, 'claim-decision'), { status: 409, body: { error: 'no_open_claim' } }, 'not another rider’s claim');
  assert.equal((await (await client()).insurance.claims.retrieve(claim.id)).status, 'submitted');

  assert.deepEqual(await press(ref, 'claim-decision'), { status: 200, body: { ok: true } });
  const paid = await (await client()).insurance.claims.retrieve(claim.id);
  assert.equal(paid.status, 'paid');
  assert.ok(paid.approvedAmountFen! > 0);
  assert.deepEqual(await press(ref, 'claim-decision'), { status: 409, body: { error: 'no_open_claim' } }, 'a paid claim is done');
});

test('the social worker answers the latest open help request with a message, a step at a time', async () => {
  const ref = newRef();
  assert.deepEqual(await press(ref, 'help-request-reply'), { status: 409, body: { error: 'no_open_help_request' } });
  const worker = await rider(ref);
  const consents = [{ purpose: 'help_request_processing' as const, noticeVersion: NOTICE }];
  const older = await worker.helpRequests.create({ type: 'suggestion', topic: 'other', description: '希望增加夜间休息点。', consents });
  const wish = await worker.helpRequests.create({ type: 'micro_wish', category: 'health', wish: '一副护膝。', valueFen: 8000, consents });

  assert.deepEqual(await press(ref, 'help-request-reply'), { status: 200, body: { ok: true } });
  const adopted = await worker.helpRequests.retrieve(wish.id);
  assert.equal(adopted.status, 'adopted', 'a micro-wish is adopted rather than accepted');
  assert.equal(adopted.messages.at(-1)?.from, 'social_worker');
  assert.equal((await worker.helpRequests.retrieve(older.id)).status, 'submitted', 'only the latest');

  assert.deepEqual(await press(ref, 'help-request-reply'), { status: 200, body: { ok: true } });
  assert.equal((await worker.helpRequests.retrieve(wish.id)).status, 'fulfilled');
  // The wish is done: the next press takes the suggestion, the latest still open.
  assert.deepEqual(await press(ref, 'help-request-reply'), { status: 200, body: { ok: true } });
  assert.equal((await worker.helpRequests.retrieve(older.id)).status, 'accepted');
});
