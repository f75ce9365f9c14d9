// A partner's server receives coverage.payment_required (an enrolment it may pay for) through the
// SDK's constructEvent, typed, like the other webhooks; a body that breaks its schema is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebhookPayloadError, constructEvent, isKnownEvent, signPayload } from '@unionkit/sdk/server';

const SECRET = 'whsec_test_demo_delivery';
const NOW = 1_796_000_000;

test('coverage.payment_required is a webhook event the SDK knows, with its ids, amount and due date', async () => {
  const body = JSON.stringify({
    id: 'whevt_03',
    type: 'coverage.payment_required',
    createdAt: '2026-11-30T10:00:01+08:00',
    data: { workerRef: 'rider-123', enrolmentId: 'enr_1', planId: 'plan_inpatient_2026', amountFen: 3000, dueDate: '2026-12-14' },
  });
  const event = await constructEvent(body, await signPayload(SECRET, body, NOW), SECRET, { now: NOW });
  assert.equal(event.type, 'coverage.payment_required');
  if (!isKnownEvent(event) || event.type !== 'coverage.payment_required') return;
  assert.equal(event.data.amountFen, 3000);
  assert.equal(event.data.dueDate, '2026-12-14');

  const broken = JSON.stringify({ ...JSON.parse(body), data: { workerRef: 'rider-123', enrolmentId: 'enr_1' } });
  await assert.rejects(constructEvent(broken, await signPayload(SECRET, broken, NOW), SECRET, { now: NOW }), WebhookPayloadError);
});
