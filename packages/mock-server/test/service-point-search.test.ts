// Near searches are kept per list of stored points (src/domain/service-points.ts): a repeated query is
// answered from there. What is kept must be exactly what searching again gives, a new list of points
// (a reset) must be searched afresh, and whether a point is open must follow the clock, not the cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/harness.js';
import { searchServicePoints } from '../src/domain/service-points.js';

const NEAR = { lat: 31.2304, lng: 121.4737 }; // People's Square

type Listed = { id: string; distanceM: number; openNow: boolean };

test('a repeated search answers what searching afresh answers, and another query its own hits', async (t) => {
  const h = await startHarness(t);
  const { store } = h.server.sandbox;
  const first = searchServicePoints(store, { near: NEAR });
  const again = searchServicePoints(store, { near: NEAR });
  assert.ok(first.length > 20);
  assert.deepEqual(again, first);
  const smaller = searchServicePoints(store, { near: NEAR, radiusM: 1000 });
  assert.ok(smaller.length < first.length);
  assert.ok(smaller.every((hit) => hit.distanceM! <= 1000));
  const canteens = searchServicePoints(store, { near: NEAR, types: ['canteen'] });
  assert.ok(canteens.length > 0 && canteens.every((hit) => hit.point.type === 'canteen'));
});

test('a new list of stored points is searched afresh; the clock still decides openNow', async (t) => {
  const h = await startHarness(t);
  const { store } = h.server.sandbox;
  // A fresh session each time: the clock moves below.
  const list = async () =>
    (await h.call<{ data: Listed[] }>('GET', `/service-points?near=${NEAR.lat},${NEAR.lng}&limit=100`, { token: await h.session({ components: ['service_map'] }) })).body.data;
  const before = await list();
  assert.ok(before.length > 2);

  // A list without the nearest point, as a reset with other seed data would make.
  const nearest = before[0]!.id;
  store.servicePoints = store.servicePoints.filter((p) => p.id !== nearest);
  const after = await list();
  assert.deepEqual(after.map((p) => p.id), before.slice(1).map((p) => p.id));

  // The same search at night: the hits are kept, openNow is worked out for the new time.
  const canteen = after.find((p) => {
    const point = store.servicePoints.find((sp) => sp.id === p.id)!;
    return p.openNow && !point.openingHours.open24Hours;
  });
  assert.ok(canteen, 'a point open now that closes at night');
  store.clock.set(new Date('2026-12-01T03:30:00+08:00'));
  const night = await list();
  assert.deepEqual(night.map((p) => p.id), after.map((p) => p.id));
  assert.equal(night.find((p) => p.id === canteen.id)!.openNow, false);
});
