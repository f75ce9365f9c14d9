// Paying a premium: the due date, the partner's confirmation (secret key, idempotent), the union
// counter, lapse past the due date, and coverage.payment_required only for consenting workers.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SK, snapshot, startHarness, type Harness } from './support/harness.js';
import { webhookErrors } from './support/contract.js';
import { advanceDays, enrol, insuranceSnapshot, member, PLAN } from './support/claims.js';

const pay = (h: Harness, id: string, body: unknown, token: string | null = SK, headers: Record<string, string> = {}) =>
  h.call('POST', `/insurance-enrolments/${id}/payments`, { token, body, headers });
const unchanged = (h: Harness) => snapshot(h) + insuranceSnapshot(h);

test('a paid plan waits for its premium: payment { amountFen, dueDate } 14 days on; a free one carries none', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'payer');
  const free = await enrol(h, token, PLAN.accident);
  assert.equal(free.status, 'active');
  assert.equal(free.payment, null);
  const due = await enrol(h, token, PLAN.inpatient);
  assert.equal(due.status, 'awaiting_payment');
  assert.deepEqual(due.payment, { amountFen: 3000, dueDate: '2026-12-14' });
  const read = await h.call('GET', `/insurance-enrolments/${due.id}`, { token });
  assert.deepEqual(read.body.payment, due.payment);
});

test('the partner confirms the exact premium: the enrolment is active from the next day with a certificate; a replay pays once', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'wallet');
  const e = await enrol(h, token, PLAN.inpatient);
  const headers = { 'Idempotency-Key': 'pay-once' };
  const paid = await pay(h, e.id, { amountFen: 3000, partnerPaymentRef: 'wallet-tx-1' }, SK, headers);
  assert.equal(paid.status, 201, paid.text);
  assert.equal(paid.body.enrolmentId, e.id);
  assert.equal(paid.body.amountFen, 3000);
  assert.equal(paid.body.status, 'succeeded');
  assert.equal(paid.body.method, 'partner');
  assert.equal(paid.body.partnerPaymentRef, 'wallet-tx-1');
  const after = await h.call('GET', `/insurance-enrolments/${e.id}`, { token });
  assert.equal(after.body.status, 'active');
  assert.equal(after.body.coverageStart, '2026-12-01');
  assert.equal(after.body.coverageEnd, '2026-12-31');
  assert.match(after.body.certificate.number, /^HZBZ2026-310104-\d{6}$/);
  assert.equal(after.body.payment, null, 'nothing is due any more');

  const replay = await pay(h, e.id, { amountFen: 3000, partnerPaymentRef: 'wallet-tx-1' }, SK, headers);
  assert.equal(replay.status, 201);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(replay.body.id, paid.body.id);
  assert.equal(h.server.sandbox.store.payments.size, 1, 'paid once');
  const again = await pay(h, e.id, { amountFen: 3000, partnerPaymentRef: 'wallet-tx-2' });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'invalid_state');
});

test('paid from 1 December, the premium buys the next calendar year', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'december');
  const e = await enrol(h, token, PLAN.inpatient);
  advanceDays(h, 2);
  const paid = await pay(h, e.id, { amountFen: 3000, partnerPaymentRef: 'dec' });
  assert.equal(paid.status, 201, paid.text);
  const e2 = h.server.sandbox.store.enrolments.get(e.id)!;
  assert.deepEqual([e2.coverageStart, e2.coverageEnd], ['2027-01-01', '2027-12-31']);
});

test('every bad payment is a clear 4xx and changes nothing', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'bad-payer');
  const e = await enrol(h, token, PLAN.inpatient);
  const free = await enrol(h, token, PLAN.accident);
  const other = await h.session({ workerRef: 'someone-else' });
  // A second partner whose server must not reach Demo Delivery's workers.
  h.server.sandbox.store.partners.set('other-platform', {
    id: 'other-platform',
    name: 'Other Platform',
    platformId: 'other-platform',
    secretKey: 'sk_test_other_platform',
    webhookSecret: null,
    allowedOrigins: [],
  });
  const good = { amountFen: 3000, partnerPaymentRef: 'ref-1' };
  const cases: { what: string; id?: string; body: unknown; token?: string; status: number; code: string; path?: string }[] = [
    { what: 'too little', body: { ...good, amountFen: 2999 }, status: 422, code: 'payment_amount_mismatch', path: 'amountFen' },
    { what: 'too much', body: { ...good, amountFen: 3001 }, status: 422, code: 'payment_amount_mismatch', path: 'amountFen' },
    { what: 'zero', body: { ...good, amountFen: 0 }, status: 422, code: 'validation_failed', path: 'amountFen' },
    { what: 'a fraction', body: { ...good, amountFen: 30.5 }, status: 422, code: 'validation_failed', path: 'amountFen' },
    { what: 'a string amount', body: { ...good, amountFen: '3000' }, status: 422, code: 'validation_failed', path: 'amountFen' },
    { what: 'no reference', body: { amountFen: 3000 }, status: 422, code: 'validation_failed', path: 'partnerPaymentRef' },
    { what: 'an empty reference', body: { ...good, partnerPaymentRef: '' }, status: 422, code: 'validation_failed', path: 'partnerPaymentRef' },
    { what: 'a reference with spaces', body: { ...good, partnerPaymentRef: 'a b' }, status: 422, code: 'validation_failed', path: 'partnerPaymentRef' },
    { what: 'an unknown field', body: { ...good, tip: 1 }, status: 422, code: 'validation_failed', path: 'tip' },
    { what: 'an unknown enrolment', id: 'enr_nope', body: good, status: 404, code: 'not_found' },
    { what: 'a free plan (nothing due)', id: free.id, body: good, status: 409, code: 'invalid_state' },
    { what: 'a client token', body: good, token, status: 403, code: 'forbidden_scope' },
    { what: "another worker's client token", body: good, token: other, status: 403, code: 'forbidden_scope' },
    { what: "another partner's server", body: good, token: 'sk_test_other_platform', status: 404, code: 'not_found' },
  ];
  const before = unchanged(h);
  for (const c of cases) {
    const res = await pay(h, c.id ?? e.id, c.body, c.token ?? SK);
    assert.equal(res.status, c.status, `${c.what}: ${res.text}`);
    assert.equal(res.body.code, c.code, c.what);
    if (c.path) assert.ok(res.body.errors.some((x: { path: string }) => x.path === c.path), `${c.what}: ${res.text}`);
    assert.match(res.body.detail, /[\u4e00-\u9fff]/, `${c.what}: the detail is in Chinese first`);
  }
  assert.equal(unchanged(h), before, 'no refused payment changed anything');
  const cancelled = await h.call('POST', `/insurance-enrolments/${e.id}/cancel`, { token });
  assert.equal(cancelled.status, 200);
  const late = await pay(h, e.id, good);
  assert.equal(late.status, 409);
  assert.equal(late.body.code, 'invalid_state', 'a cancelled enrolment takes no payment');
});

test('unpaid past the due date the enrolment lapses: payment_overdue, and the worker may enrol again', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'late');
  const e = await enrol(h, token, PLAN.inpatient);
  advanceDays(h, 14); // 14 December, the due date itself: still payable
  assert.equal(h.server.sandbox.store.enrolments.get(e.id)!.status, 'awaiting_payment');
  const fresh = await h.session({ workerRef: 'late', attestation: { activeOrdersLast7Days: 20 } });
  assert.equal((await h.call('GET', `/insurance-enrolments/${e.id}`, { token: fresh })).body.status, 'awaiting_payment');
  advanceDays(h, 1);
  const token2 = await h.session({ workerRef: 'late', attestation: { activeOrdersLast7Days: 20 } });
  const read = await h.call('GET', `/insurance-enrolments/${e.id}`, { token: token2 });
  assert.equal(read.body.status, 'lapsed');
  assert.deepEqual(read.body.payment, { amountFen: 3000, dueDate: '2026-12-14' }, 'what was due stays readable');
  assert.equal(read.body.coverageStart, null);
  const before = unchanged(h);
  const partner = await pay(h, e.id, { amountFen: 3000, partnerPaymentRef: 'too-late' });
  assert.equal(partner.status, 409);
  assert.equal(partner.body.code, 'payment_overdue');
  const counter = await h.call('POST', `/sandbox/insurance-enrolments/${e.id}/payment`, { token: token2 });
  assert.equal(counter.status, 409);
  assert.equal(counter.body.code, 'payment_overdue');
  assert.equal(unchanged(h), before);
  const eligibility = await h.call('GET', `/insurance-plans/${PLAN.inpatient}/eligibility`, { token: token2 });
  assert.deepEqual(eligibility.body.reasons, [], 'a lapsed enrolment does not block a new one');
});

test('sandbox: the worker pays at a union counter (own token or the partner key); another worker cannot', async (t) => {
  const h = await startHarness(t);
  const token = await member(h, 'counter');
  const e = await enrol(h, token, PLAN.inpatient);
  const other = await h.session({ workerRef: 'not-the-payer' });
  const before = unchanged(h);
  const refused = await h.call('POST', `/sandbox/insurance-enrolments/${e.id}/payment`, { token: other });
  assert.equal(refused.status, 404);
  assert.equal(refused.body.code, 'not_found');
  assert.equal(unchanged(h), before);
  const paid = await h.call('POST', `/sandbox/insurance-enrolments/${e.id}/payment`, { token });
  assert.equal(paid.status, 201, paid.text);
  assert.equal(paid.body.method, 'union_counter');
  assert.equal(paid.body.partnerPaymentRef, null);
  assert.equal(paid.body.amountFen, 3000);
  assert.equal((await h.call('GET', `/insurance-enrolments/${e.id}`, { token })).body.status, 'active');
  const e2 = await enrol(h, await member(h, 'counter-2'), PLAN.inpatient);
  const bySk = await h.call('POST', `/sandbox/insurance-enrolments/${e2.id}/payment`, { token: SK });
  assert.equal(bySk.status, 201, bySk.text);
});

/** A receiver on 127.0.0.1 collecting webhook bodies. */
async function receiver(t: TestContext) {
  const got: { body: string; signature: string | null }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const signature = req.headers['unionkit-signature'];
      got.push({ body: Buffer.concat(chunks).toString('utf8'), signature: typeof signature === 'string' ? signature : null });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, got };
}

test('coverage.payment_required reaches the platform only for a worker who shares status: ids, amount and due date', async (t) => {
  const h = await startHarness(t);
  const hook = await receiver(t);
  const endpoint = await h.call('POST', '/webhook-endpoints', { token: SK, body: { url: hook.url, events: ['coverage.payment_required'] } });
  assert.equal(endpoint.status, 201);
  const silent = await member(h, 'silent');
  await enrol(h, silent, PLAN.inpatient);
  const sharing = await member(h, 'sharing', true);
  const e = await enrol(h, sharing, PLAN.inpatient);
  await h.server.sandbox.webhooksSettled();
  assert.equal(hook.got.length, 1, 'only the sharing worker');
  const { body, signature } = hook.got[0]!;
  assert.deepEqual(webhookErrors('coverage.payment_required', body, signature), []);
  const event = JSON.parse(body);
  assert.equal(event.type, 'coverage.payment_required');
  assert.deepEqual(event.data, { workerRef: 'sharing', enrolmentId: e.id, planId: PLAN.inpatient, amountFen: 3000, dueDate: '2026-12-14' });
});
