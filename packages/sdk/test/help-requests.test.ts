// Help requests and appointments with the SDK alone against the sandbox over real HTTP: a rider looks
// up a legal-aid station's slots, books one, files an in-person legal consultation with it, hears from
// the social worker (the sandbox's decision), answers, and withdraws another request; refusals arrive
// as the typed errors. Every response the SDK receives is checked against the OpenAPI document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { ConflictError, NotFoundError, PermissionError, RequestValidationError, UnionClient, ValidationError, type HelpRequest } from '@unionkit/sdk';
import { checkResponse } from '../../mock-server/test/support/contract.js';

const NOW = new Date('2026-11-30T10:00:00+08:00');
const CONSENTS = [{ purpose: 'help_request_processing' as const, noticeVersion: '2026-11' }];

/** A fetch that checks every sandbox response against the contract before the SDK sees it. */
const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request.clone());
  await checkResponse(request, response.clone());
  return response;
};

async function start(t: import('node:test').TestContext) {
  const sandbox = await startMockServer({ port: 0, now: NOW });
  t.after(() => sandbox.close());
  const baseUrl = `${sandbox.url}/v1`;
  const server = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery', fetch: contractFetch });
  const session = await server.widgetSessions.create({ workerRef: 'rider-help-sdk', components: ['help', 'service_map'] });
  const client = new UnionClient({ baseUrl, token: session.clientToken, fetch: contractFetch });
  // Legal help, mediation and complaints need the union token the union's own page gets after the SMS
  // check (a server call without an Origin here); the platform's client token never reaches them.
  const check = await client.unionSessions.create({ mobile: '13800138000' });
  const { token } = await client.unionSessions.confirm(check.id, { code: '000000' });
  const union = new UnionClient({ baseUrl, token, fetch: contractFetch });
  const legalAid = sandbox.sandbox.store.servicePoints.find((p) => p.type === 'legal_aid' && p.openingHours.closures.length === 0);
  assert.ok(legalAid);
  return { server, client, union, legalAid: legalAid.id };
}

test('slots, a booking, an in-person consultation, the social worker\'s message and the worker\'s answer', async (t) => {
  const { server, client, union, legalAid } = await start(t);
  const slots = await union.servicePoints.slots(legalAid, { date: '2026-12-01' });
  const free = slots.find((s) => s.available);
  assert.ok(free, 'a free slot on Tuesday');
  assert.deepEqual(await union.servicePoints.slots(legalAid, { date: '2026-12-05' }), [], 'none on Saturday');

  const appointment = await union.appointments.create({ servicePointId: legalAid, startsAt: free.startsAt });
  assert.equal(appointment.status, 'booked');
  const request = await union.helpRequests.create({
    type: 'legal_consultation',
    topic: 'wage_arrears',
    counterparty: 'agency',
    description: '站点拖欠 11 月工资。',
    contactPreference: 'in_person',
    appointmentId: appointment.id,
    consents: CONSENTS,
  });
  assert.match(request.reference, /^QZ-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/);

  const accepted = await server.sandbox.decideHelpRequest(request.id, { decision: 'accept', message: '您好，我是社工小陈。' });
  assert.deepEqual(accepted.messages.map((m) => m.from), ['social_worker']);
  await server.sandbox.decideHelpRequest(request.id, { decision: 'needs_info', message: '请上传工资流水。' });
  const answered = await union.helpRequests.sendMessage(request.id, { body: '明天上传。' });
  assert.equal(answered.status, 'in_progress');
  assert.deepEqual((await union.helpRequests.retrieve(request.id)).messages.map((m) => m.from), ['social_worker', 'social_worker', 'worker']);
  await assert.rejects(client.helpRequests.retrieve(request.id), NotFoundError, 'the platform’s token cannot read it');

  const wish = await client.helpRequests.create({ type: 'micro_wish', category: 'health', wish: '一副护膝。', valueFen: 8000, consents: CONSENTS });
  const withdrawn = await client.helpRequests.withdraw(wish.id);
  assert.equal(withdrawn.status, 'withdrawn');
  const mine: HelpRequest[] = [];
  for await (const r of client.helpRequests.list({ limit: 1 })) mine.push(r);
  assert.deepEqual(mine.map((r) => r.id), [wish.id], 'the platform’s token lists no confidential request');

  const [listed] = (await union.appointments.list()).data;
  assert.equal(listed?.id, appointment.id);
  // Within two hours of its start no longer; the slot is tomorrow, so it can be cancelled.
  assert.equal((await union.appointments.cancel(appointment.id)).status, 'cancelled');
});

test('refusals arrive as typed errors with the stable code, and an unknown field never leaves the client', async (t) => {
  const { client, union, legalAid } = await start(t);
  await assert.rejects(
    client.helpRequests.create({ type: 'micro_wish', category: 'health', wish: '护膝', consents: CONSENTS }),
    (err: unknown) => err instanceof ValidationError && err.code === 'validation_failed' && err.problem?.errors?.[0]?.path === 'valueFen',
  );
  await assert.rejects(
    client.helpRequests.create({ type: 'legal_aid', topic: 'other', counterparty: 'other', description: '求助', contactPreference: 'phone_call', consents: CONSENTS }),
    (err: unknown) => err instanceof PermissionError && err.code === 'union_session_required',
  );
  await assert.rejects(
    union.helpRequests.create({ type: 'legal_aid', topic: 'other', counterparty: 'other', description: '求助', contactPreference: 'in_person', consents: CONSENTS }),
    (err: unknown) => err instanceof ValidationError && err.code === 'appointment_required',
  );
  const slot = (await client.servicePoints.slots(legalAid, { date: '2026-12-02' }))[0]!;
  await client.appointments.create({ servicePointId: legalAid, startsAt: slot.startsAt });
  await assert.rejects(
    client.appointments.create({ servicePointId: legalAid, startsAt: slot.startsAt }),
    (err: unknown) => err instanceof ConflictError && err.code === 'appointment_already_booked',
  );
  await assert.rejects(client.helpRequests.retrieve('help_nope'), NotFoundError);
  await assert.rejects(
    client.helpRequests.sendMessage('help_nope', { body: '你好', priority: 'high' } as never),
    (err: unknown) => err instanceof RequestValidationError && err.errors.some((e) => e.path === 'priority' && e.code === 'unknown_field'),
  );
});
