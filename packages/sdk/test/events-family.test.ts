// client.events.register(id, { companions }) against the sandbox: typed parties, field errors, and a
// party too large for the places left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { ConflictError, RequestValidationError, UnionClient, ValidationError } from '@unionkit/sdk';
import type { TestContext } from 'node:test';

async function worker(t: TestContext): Promise<{ client: UnionClient; sent: () => number }> {
  const sandbox = await startMockServer({ port: 0, now: new Date('2026-11-30T10:00:00+08:00') });
  t.after(() => sandbox.close());
  const baseUrl = `${sandbox.url}/v1`;
  const server = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery' });
  const session = await server.widgetSessions.create({ workerRef: `rider-family-${t.name.length}`, components: ['events'] });
  let count = 0;
  const counting: typeof fetch = (input, init) => {
    count++;
    return fetch(input, init);
  };
  return { client: new UnionClient({ baseUrl, token: session.clientToken, fetch: counting }), sent: () => count };
}

test('register(id, { companions }) sends the party and returns it with the people it counts', async (t) => {
  const { client } = await worker(t);
  const event = await client.events.retrieve('evt_family');
  assert.equal(event.maxCompanions, 3);
  const year = Number(event.startsAt.slice(0, 4));
  const registration = await client.events.register('evt_family', { companions: [{ relation: 'child', birthYear: year - 7 }] });
  assert.equal(registration.status, 'confirmed');
  assert.equal(registration.people, 2);
  assert.deepEqual(registration.companions, [{ relation: 'child', birthYear: year - 7 }]);
  assert.equal((await client.events.retrieve('evt_family')).placesLeft, event.placesLeft - 2);
  // alone, no body needed
  const solo = await client.events.register('evt_open');
  assert.equal(solo.people, 1);
});

test('a child outside the age range is a ValidationError naming the field; a name is refused before sending', async (t) => {
  const { client, sent } = await worker(t);
  const event = await client.events.retrieve('evt_family');
  const year = Number(event.startsAt.slice(0, 4));
  const tooOld = await client.events.register('evt_family', { companions: [{ relation: 'child', birthYear: year - 16 }] }).catch((e: unknown) => e);
  assert.ok(tooOld instanceof ValidationError);
  assert.deepEqual(tooOld.errors.map((e) => e.path), ['companions.0.birthYear']);

  const before = sent();
  const named = await client.events
    // @ts-expect-error companions carry no names
    .register('evt_family', { companions: [{ relation: 'child', birthYear: year - 6, name: '小明' }] })
    .catch((e: unknown) => e);
  assert.ok(named instanceof RequestValidationError);
  assert.deepEqual(named.errors.map((e) => [e.path, e.code]), [['companions.0.name', 'unknown_field']]);
  assert.equal(sent(), before, 'nothing was sent');
});

test('a party too large for the places left of an event without a waitlist is a ConflictError not_enough_places', async (t) => {
  const sandbox = await startMockServer({ port: 0, now: new Date('2026-11-30T10:00:00+08:00') });
  t.after(() => sandbox.close());
  const ev = sandbox.sandbox.store.events.find((e) => e.id === 'evt_family_few_places')!;
  ev.waitlistEnabled = false;
  const baseUrl = `${sandbox.url}/v1`;
  const server = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery' });
  const { clientToken } = await server.widgetSessions.create({ workerRef: 'rider-party', components: ['events'] });
  const client = new UnionClient({ baseUrl, token: clientToken });
  const year = Number(ev.startsAt.slice(0, 4));
  const kids = [{ relation: 'child' as const, birthYear: year - 5 }, { relation: 'child' as const, birthYear: year - 9 }];
  const error = await client.events.register('evt_family_few_places', { companions: kids }).catch((e: unknown) => e);
  assert.ok(error instanceof ConflictError);
  assert.equal(error.code, 'not_enough_places');
});
