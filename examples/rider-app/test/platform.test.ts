// What the demo's platform back end receives, and when: nothing about a rider's membership without
// the rider's consent to share, the webhook with it; after a sandbox reset the back end subscribes
// again, so the next approval is heard; "start over" makes a rider the union has never seen; each
// rider's page sees only what the platform heard about that rider.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { UnionClient } from '@unionkit/sdk';
import { startRiderApp } from '../server.mjs';

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
const cookie = (workerRef: string) => ({ cookie: `unionkit_demo_rider=${workerRef}` });

async function call<T>(workerRef: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${base}${path}`, { ...init, headers: { ...cookie(workerRef), 'content-type': 'application/json', ...init.headers } });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** The rider's own client, on a session the platform's back end minted for the rider of the cookie. */
async function riderClient(workerRef: string): Promise<UnionClient> {
  const { status, body } = await call<{ clientToken: string }>(workerRef, '/api/union/session', { method: 'POST' });
  assert.equal(status, 200);
  return new UnionClient({ baseUrl: app.apiBaseUrl, token: body.clientToken, maxRetries: 0 });
}

/** The rider applies to join, sharing their status with the platform or not. */
async function applyToJoin(worker: UnionClient, share: boolean): Promise<string> {
  const mobile = '13800138000';
  const sms = await worker.smsVerifications.create({ mobile });
  await worker.smsVerifications.confirm(sms.id, { code: '000000' });
  const orgs = await worker.organisations.list({ district: '310104' });
  const application = await worker.membership.apply({
    fullName: '王测试',
    residentIdNumber: '310104199203150418',
    mobile,
    smsVerificationId: sms.id,
    occupation: 'food_delivery_rider',
    workDistrict: '310104',
    organisationId: (orgs.data.find((o) => o.suggested) ?? orgs.data[0]!).id,
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
      ...(share ? [{ purpose: 'share_status_with_platform' as const, noticeVersion: '2026-11' }] : []),
    ],
  });
  return application.id;
}

/** The demo's sandbox button: approve the logged-in rider's open application, then let webhooks land. */
async function approve(workerRef: string) {
  const result = await call<{ id?: string; status?: string; error?: string }>(workerRef, '/api/sandbox/membership-decision', {
    method: 'POST',
    body: JSON.stringify({ decision: 'approve' }),
  });
  await app.sandbox.sandbox.webhooksSettled();
  return result;
}

type Webhook = { type: string; data: { workerRef: string; status: string } };
const webhooks = async (workerRef: string) => (await call<{ data: Webhook[] }>(workerRef, '/api/union/webhook-events')).body.data;
const workerStatus = async (workerRef: string) =>
  (await call<{ workerRef: string; shared: boolean; membership: { status: string } | null }>(workerRef, '/api/union/worker-status')).body;

test('with the share consent declined, the platform hears nothing of the membership: no webhook, the lookup says shared: false', async () => {
  const rider = newRef();
  const applicationId = await applyToJoin(await riderClient(rider), false);
  const decided = await approve(rider);
  assert.equal(decided.status, 200);
  assert.deepEqual(decided.body, { id: applicationId, status: 'approved' });

  assert.deepEqual(await webhooks(rider), []);
  const delivered = app.sandbox.sandbox.deliveries().filter((d) => d.payload.includes(rider));
  assert.deepEqual(delivered, [], 'the union sent nothing about this rider');
  assert.deepEqual(await workerStatus(rider), { workerRef: rider, shared: false, membership: null, coverage: [] });
});

test('with the share consent given, the approval reaches the back end as a webhook and the lookup shows the status', async () => {
  const rider = newRef();
  await applyToJoin(await riderClient(rider), true);
  assert.equal((await approve(rider)).status, 200);

  const received = await webhooks(rider);
  assert.equal(received.length, 1);
  assert.equal(received[0]!.type, 'member.status_changed');
  assert.equal(received[0]!.data.workerRef, rider);
  assert.equal(received[0]!.data.status, 'active');
  const status = await workerStatus(rider);
  assert.equal(status.shared, true);
  assert.equal(status.membership?.status, 'active');
});

test("a rider's page sees only what the platform heard about that rider", async () => {
  const sharing = newRef();
  await applyToJoin(await riderClient(sharing), true);
  await approve(sharing);
  assert.equal((await webhooks(sharing)).length, 1);
  assert.deepEqual(await webhooks(newRef()), []);
});

test('after a sandbox reset the back end subscribes again, so the next approval still sends a webhook', async () => {
  await new UnionClient({ baseUrl: app.apiBaseUrl, token: 'sk_test_demo_delivery' }).sandbox.reset();
  const rider = newRef();
  await applyToJoin(await riderClient(rider), true);
  assert.equal((await approve(rider)).status, 200);
  const received = await webhooks(rider);
  assert.deepEqual(
    received.map((w) => [w.type, w.data.status]),
    [['member.status_changed', 'active']],
  );
  // Subscribed once, not once per check.
  const endpoints = await new UnionClient({ baseUrl: app.apiBaseUrl, token: 'sk_test_demo_delivery' }).webhookEndpoints.list();
  assert.equal(endpoints.data.filter((e) => e.url.startsWith(base)).length, 1);
});

test('when the union no longer has its webhook endpoint, the back end registers it again before the next approval', async () => {
  const partner = new UnionClient({ baseUrl: app.apiBaseUrl, token: 'sk_test_demo_delivery' });
  const ours = (await partner.webhookEndpoints.list()).data.filter((e) => e.url.startsWith(base));
  assert.equal(ours.length, 1);
  // Gone on the union's side (a reset of an older sandbox forgot every endpoint; here: deleted).
  await partner.webhookEndpoints.del(ours[0]!.id);
  // A session minted straight from the union, so only the approval can notice the missing endpoint.
  const rider = newRef();
  const session = await partner.widgetSessions.create({ workerRef: rider, components: ['membership'] });
  await applyToJoin(new UnionClient({ baseUrl: app.apiBaseUrl, token: session.clientToken, maxRetries: 0 }), true);
  assert.equal((await approve(rider)).status, 200);
  assert.deepEqual(
    (await webhooks(rider)).map((w) => [w.type, w.data.status]),
    [['member.status_changed', 'active']],
  );
});

test('the sandbox approval says so plainly when the rider has no open application', async () => {
  const rider = newRef();
  await riderClient(rider);
  const result = await approve(rider);
  assert.equal(result.status, 409);
  assert.deepEqual(result.body, { error: 'no_open_application' });
});

test('start over: a new workerRef in an HttpOnly cookie, and a session for a rider the union has never seen', async () => {
  const old = newRef();
  await applyToJoin(await riderClient(old), false);

  const response = await fetch(`${base}/api/demo/new-rider`, { method: 'POST', headers: cookie(old) });
  assert.equal(response.status, 200);
  const { workerRef } = (await response.json()) as { workerRef: string };
  assert.notEqual(workerRef, old);
  const setCookie = response.headers.get('set-cookie') ?? '';
  assert.match(setCookie, new RegExp(`^unionkit_demo_rider=${workerRef};`));
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Strict/);

  const fresh = await riderClient(workerRef);
  assert.deepEqual((await fresh.membership.listApplications()).data, []);
  assert.equal((await workerStatus(workerRef)).workerRef, workerRef);
});

test('a first visit gets a rider of its own; a forged rider cookie is not used', async () => {
  const first = await fetch(`${base}/`);
  await first.body?.cancel();
  assert.match(first.headers.get('set-cookie') ?? '', /^unionkit_demo_rider=rider-[0-9a-f]{12};/);
  const again = await fetch(`${base}/`, { headers: cookie('rider-test-known') });
  await again.body?.cancel();
  assert.equal(again.headers.get('set-cookie'), null, 'a known rider keeps their cookie');
  const forged = await call<{ workerRef: string }>('../../x; other=1', '/api/union/worker-status');
  assert.equal(forged.body.workerRef, 'rider-demo-001');
});
