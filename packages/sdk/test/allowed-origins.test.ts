// A partner's server registers the origins of its pages and native apps through the SDK
// (`client.allowedOrigins`), against the sandbox over real HTTP, every response checked against the contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient, ValidationError } from '@unionkit/sdk';
import { checkResponse } from '../../mock-server/test/support/contract.js';

const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request.clone());
  await checkResponse(request, response.clone());
  return response;
};

test('allowedOrigins.retrieve and set: an app origin registered, a refused one named by its field, nothing changed', async (t) => {
  const sandbox = await startMockServer({ port: 0, now: new Date('2026-11-30T10:00:00+08:00') });
  t.after(() => sandbox.close());
  const server = new UnionClient({ baseUrl: `${sandbox.url}/v1`, token: 'sk_test_demo_delivery', fetch: contractFetch });

  assert.deepEqual(await server.allowedOrigins.retrieve(), { origins: ['http://localhost:*', 'http://127.0.0.1:*'] });
  const origins = ['https://rider.example', 'capacitor://localhost', 'http://localhost:*'];
  assert.deepEqual(await server.allowedOrigins.set({ origins }), { origins });
  assert.deepEqual(await server.allowedOrigins.retrieve(), { origins });

  const refused = await server.allowedOrigins.set({ origins: ['https://rider.example', 'https://*.rider.example'] }).catch((e: unknown) => e);
  assert.ok(refused instanceof ValidationError, String(refused));
  assert.deepEqual(refused.errors.map((e) => e.path), ['origins.1']);
  assert.deepEqual(await server.allowedOrigins.retrieve(), { origins });
});
