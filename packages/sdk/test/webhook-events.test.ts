// The partner's webhook tools in the SDK, against the sandbox over real HTTP: list events (every page
// with `for await`, filtered), retrieve, redeliver, an endpoint's delivery log, and the impact report.
// Every response is checked against the OpenAPI document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockServer } from '@unionkit/mock-server/node';
import { PermissionError, UnionClient, type WebhookEvent } from '@unionkit/sdk';
import { checkResponse } from '../../mock-server/test/support/contract.js';

const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request.clone());
  await checkResponse(request, response.clone());
  return response;
};

test('webhookEvents.list/retrieve/redeliver, webhookEndpoints.deliveries and partner.stats', async (t) => {
  const statuses = [500];
  const received: string[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(statuses.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => (receiver.closeAllConnections(), receiver.close(() => resolve()))));
  const sandbox = await startMockServer({ port: 0, now: new Date('2026-11-30T10:00:00+08:00') });
  t.after(() => sandbox.close());
  const baseUrl = `${sandbox.url}/v1`;
  const server = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery', fetch: contractFetch });

  const endpoint = await server.webhookEndpoints.create({
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`,
    events: ['member.status_changed'],
  });
  assert.equal(endpoint.status, 'active');

  // two members who share their status: two events, the first delivery failing
  for (const [i, workerRef] of ['sdk-rider-1', 'sdk-rider-2'].entries()) {
    const session = await server.widgetSessions.create({ workerRef, components: ['membership'] });
    const worker = new UnionClient({ baseUrl, token: session.clientToken, fetch: contractFetch });
    const mobile = `1380013800${i}`;
    const sms = await worker.smsVerifications.create({ mobile });
    await worker.smsVerifications.confirm(sms.id, { code: '000000' });
    const application = await worker.membership.apply({
      fullName: '张伟',
      residentIdNumber: '310104199203150418',
      mobile,
      smsVerificationId: sms.id,
      occupation: 'food_delivery_rider',
      workDistrict: '310104',
      organisationId: 'org_310104_platform_demo_delivery',
      charterAccepted: true,
      consents: (['membership_processing', 'sensitive_id_number', 'share_status_with_platform'] as const).map((purpose) => ({ purpose, noticeVersion: '2026-11' })),
    });
    await server.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
    await sandbox.sandbox.webhooksIdle();
  }

  const all: WebhookEvent[] = [];
  for await (const event of server.webhookEvents.list({ limit: 1 })) all.push(event);
  assert.deepEqual(all.map((e) => e.data['workerRef']), ['sdk-rider-2', 'sdk-rider-1'], 'newest first, over two pages');
  const pending = await server.webhookEvents.list({ deliveryStatus: 'pending' });
  assert.deepEqual(pending.data.map((e) => e.id), [all[1]!.id]);
  assert.ok(pending.data[0]!.nextRetryAt, 'a retry is due');

  const redelivered = await server.webhookEvents.redeliver(all[1]!.id);
  assert.equal(redelivered.deliveryStatus, 'succeeded');
  assert.equal((await server.webhookEvents.retrieve(all[1]!.id)).attemptCount, 2);
  assert.equal(received.length, 3);

  const attempts = await server.webhookEndpoints.deliveries(endpoint.id);
  assert.deepEqual(
    attempts.data.map((a) => [a.trigger, a.statusCode, a.succeeded]),
    [
      ['redelivery', 204, true],
      ['automatic', 204, true],
      ['automatic', 500, false],
    ],
  );

  const stats = await server.partner.stats();
  assert.equal(stats.minimumCount, 10);
  assert.ok(stats.data.every((row) => [row.membersJoined, row.enrolments, row.helpGiven].every((c) => (c.suppressed ? c.count === null : c.count! >= 10))));

  const session = await server.widgetSessions.create({ workerRef: 'sdk-rider-1', components: ['membership'] });
  const page = new UnionClient({ baseUrl, token: session.clientToken, fetch: contractFetch });
  await assert.rejects(page.partner.stats(), (e: unknown) => e instanceof PermissionError && e.code === 'forbidden_scope');
  await assert.rejects(page.webhookEvents.list(), (e: unknown) => e instanceof PermissionError);
});
