// The service map: distance, filters, opening hours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metres } from './support/geo.js';
import { startHarness } from './support/harness.js';
import { isOpenAt, servicePointJson } from '../src/domain/service-points.js';
import { served } from '../src/domain/localize.js';
import { utf8 } from '../src/http/result.js';

const NEAR = { lat: 31.188, lng: 121.437 }; // Xujiahui

interface Point {
  id: string;
  type: string;
  district: string;
  amenities: string[];
  location: { lat: number; lng: number };
  distanceM?: number;
  openNow?: boolean;
  status: string;
  openingHours: { open24Hours: boolean };
}

test('near: sorted by distance, within 5000 m by default, distanceM exact to the metre', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['service_map'] });
  const res = await h.call<{ data: Point[]; nextCursor: string | null }>('GET', `/service-points?near=${NEAR.lat},${NEAR.lng}&limit=100`, { token });
  const points = res.body.data;
  assert.ok(points.length > 3);
  const distances = points.map((p) => p.distanceM!);
  assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
  for (const p of points) {
    assert.ok(p.distanceM! <= 5000);
    assert.ok(Math.abs(p.distanceM! - metres(NEAR, p.location)) <= 1, `${p.id}: ${p.distanceM} vs ${metres(NEAR, p.location)}`);
  }
  // exactly the seed's points within 5 km of NEAR
  const within = h.server.sandbox.store.servicePoints.filter((p) => metres(NEAR, p.location) <= 5000);
  assert.ok(within.length <= 100);
  assert.deepEqual(points.map((p) => p.id).sort(), within.map((p) => p.id).sort());

  const wide = await h.call<{ data: Point[] }>('GET', `/service-points?near=${NEAR.lat},${NEAR.lng}&radiusM=20000&limit=100`, { token });
  assert.ok(wide.body.data.length >= points.length);
  assert.ok(wide.body.data.every((p) => p.distanceM! <= 20000));
  const tiny = await h.call<{ data: Point[] }>('GET', `/service-points?near=${NEAR.lat},${NEAR.lng}&radiusM=1`, { token });
  assert.deepEqual(tiny.body.data, []);
  const without = await h.call<{ data: Point[] }>('GET', '/service-points?limit=5', { token });
  assert.ok(without.body.data.every((p) => p.distanceM === undefined && typeof p.openNow === 'boolean'));
});

test('types, amenities (all of them), district', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['service_map'] });
  const sample = h.server.sandbox.store.servicePoints.find((p) => p.type === 'community_dining' && p.amenities.length >= 2)!;
  const [a1, a2] = sample.amenities as [typeof sample.amenities[number], typeof sample.amenities[number]];
  const res = await h.call<{ data: Point[] }>('GET', `/service-points?types=canteen,community_dining&amenities=${a1},${a2}&district=${sample.district}&limit=100`, { token });
  assert.ok(res.body.data.some((p) => p.id === sample.id));
  for (const p of res.body.data) {
    assert.ok(['canteen', 'community_dining'].includes(p.type));
    assert.ok(p.amenities.includes(a1) && p.amenities.includes(a2));
    assert.equal(p.district, sample.district);
  }
  const expected = h.server.sandbox.store.servicePoints.filter(
    (p) => ['canteen', 'community_dining'].includes(p.type) && p.amenities.includes(a1) && p.amenities.includes(a2) && p.district === sample.district,
  );
  assert.deepEqual(res.body.data.map((p) => p.id).sort(), expected.map((p) => p.id).sort());
  const fewer = await h.call<{ data: Point[] }>('GET', `/service-points?types=canteen,community_dining&amenities=${a1}&district=${sample.district}&limit=100`, { token });
  assert.ok(fewer.body.data.length >= res.body.data.length);
  const restStations = await h.call<{ data: Point[] }>('GET', '/service-points?types=rest_station&limit=100', { token });
  // every rest station has the "6+X" base
  for (const p of restStations.body.data) {
    for (const a of ['air_conditioning', 'fridge', 'microwave', 'hot_water', 'seating']) assert.ok(p.amenities.includes(a), `${p.id} ${a}`);
  }
});

test('openAt: openNow evaluated in Asia/Shanghai, and only open points returned', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['service_map'] });
  // 03:00 Shanghai on a Tuesday: only 24-hour points (without a closure that day) are open
  const night = encodeURIComponent('2026-12-01T03:00:00+08:00');
  const res = await h.call<{ data: Point[]; nextCursor: string | null }>('GET', `/service-points?openAt=${night}&limit=100`, { token });
  assert.ok(res.body.data.length > 0);
  for (const p of res.body.data) {
    assert.equal(p.openNow, true);
    assert.equal(p.openingHours.open24Hours, true, p.id);
    assert.equal(p.status, 'operating');
  }
  // the same instant written in UTC is the same answer
  const utc = await h.call<{ data: Point[] }>('GET', `/service-points?openAt=${encodeURIComponent('2026-11-30T19:00:00Z')}&limit=100`, { token });
  assert.deepEqual(utc.body.data.map((p) => p.id), res.body.data.map((p) => p.id));
  // a canteen open 07:00–11:00 and 13:00–21:00 is open at 08:00 and closed at 12:00
  const canteen = h.server.sandbox.store.servicePoints.find(
    (p) => !p.openingHours.open24Hours && p.status === 'operating' && p.openingHours.closures.length === 0 && JSON.stringify(p.openingHours.weekly).includes('"opens":"07:00","closes":"11:00"'),
  )!;
  assert.ok(canteen);
  const at = async (iso: string) =>
    (await h.call<{ data: Point[] }>('GET', `/service-points?openAt=${encodeURIComponent(iso)}&district=${canteen.district}&types=${canteen.type}&limit=100`, { token })).body.data.some((p) => p.id === canteen.id);
  assert.equal(await at('2026-12-01T08:00:00+08:00'), true);
  assert.equal(await at('2026-12-01T12:00:00+08:00'), false);
  assert.equal(await at('2026-12-01T10:59:00+08:00'), true);
  assert.equal(await at('2026-12-01T11:00:00+08:00'), false);
});

test('a service point by id; unknown is 404', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['service_map'] });
  const id = h.server.sandbox.store.servicePoints[0]!.id;
  const res = await h.call('GET', `/service-points/${id}`, { token });
  assert.equal(res.body.id, id);
  assert.equal(typeof res.body.openNow, 'boolean');
  assert.equal((await h.call('GET', '/service-points/sp_nope', { token })).status, 404);
});

test('a served point is the same JSON, field for field and in order, whether a list serves it or the record does', async (t) => {
  // The list serialises each stored point once and adds openNow and distanceM per request: nothing
  // may differ from serialising the whole served object, in either locale, for every seeded point.
  const h = await startHarness(t);
  const { store } = h.server.sandbox;
  for (const locale of ['zh-CN', 'en'] as const) {
    const at = new Date('2026-12-02T03:30:00Z');
    const asList = servicePointJson(at, locale);
    for (const point of store.servicePoints) {
      const hit = { point, distanceM: 1234 };
      const whole = served(point, locale, [], { openNow: isOpenAt(point, at), distanceM: 1234 });
      const text = (pieces: ReturnType<typeof asList>) => new TextDecoder().decode(utf8(pieces));
      assert.equal(text(asList(hit)), JSON.stringify(whole), `${point.id} in ${locale}`);
      assert.equal(text(asList({ point })), JSON.stringify(served(point, locale, [], { openNow: isOpenAt(point, at) })));
    }
  }
  // And through the API, checked against the contract: a page of three in English.
  const token = await h.session({ components: ['service_map'] });
  const res = await h.call<{ data: Point[] }>('GET', `/service-points?near=${NEAR.lat},${NEAR.lng}&limit=3`, { token, headers: { 'accept-language': 'en' } });
  assert.equal(res.status, 200);
  assert.equal(res.body.data.length, 3);
  assert.ok(res.body.data.every((p) => typeof p.openNow === 'boolean' && typeof p.distanceM === 'number'));
});
