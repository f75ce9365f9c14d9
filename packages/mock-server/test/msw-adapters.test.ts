// The sandbox's handlers as msw's own Node adapter uses them: `setupServer(...handlers)` intercepts
// the SDK's requests in-process, with unhandled requests treated as errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createSandbox } from '@unionkit/mock-server';
import { UnionClient, ConflictError } from '@unionkit/sdk';

const sandbox = createSandbox({ baseUrl: 'http://sandbox.test/v1' });
const server = setupServer(...sandbox.handlers);

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => {
  server.close();
  sandbox.dispose();
});

test('setupServer: the SDK mints a session and registers once, the second time is already_registered', async () => {
  const partner = new UnionClient({ baseUrl: 'http://sandbox.test/v1', token: 'sk_test_demo_delivery' });
  const session = await partner.widgetSessions.create({ workerRef: 'msw-node', components: ['events'] });
  const worker = new UnionClient({ baseUrl: 'http://sandbox.test/v1', token: session.clientToken, maxRetries: 0 });
  const registration = await worker.events.register('evt_open');
  assert.equal(registration.status, 'confirmed');
  const again = await worker.events.register('evt_open').catch((e: unknown) => e);
  assert.ok(again instanceof ConflictError);
  assert.equal(again.code, 'already_registered');
  const mine = await worker.events.listRegistrations();
  assert.deepEqual(mine.data.map((r) => r.eventId), ['evt_open']);
});
