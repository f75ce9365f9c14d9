// Lists are filtered and sorted on the stored records and only the page served is built: the order,
// the pages and the computed fields (distance, open now, places left) must be what they always were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localize, served } from '../src/domain/localize.js';
import { createSandbox } from '../src/sandbox.js';
import { metres } from './support/geo.js';
import { SK, startHarness, TEST_NOW, type Harness } from './support/harness.js';

const NEAR = { lat: 31.2304, lng: 121.4737 }; // People's Square

interface Served {
  id: string;
  distanceM?: number;
  openNow: boolean;
  placesLeft?: number;
  waitlistCount?: number;
}

/** Every item of a list, page by page (bounded: at most 100 pages). */
async function allPages(h: Harness, token: string, path: string): Promise<Served[]> {
  const items: Served[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const res: { status: number; text: string; body: { data: Served[]; nextCursor: string | null } } = await h.call('GET', `${path}${sep}${cursor ? `cursor=${cursor}` : ''}`, { token });
    assert.equal(res.status, 200, res.text);
    items.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (cursor === null) return items;
  }
  assert.fail('more than 100 pages');
}

test('near search: page after page, nearest first then by id, the seed points within the radius, each distance exact', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['service_map'] });
  const paged = await allPages(h, token, `/service-points?near=${NEAR.lat},${NEAR.lng}&limit=7`);
  const expected = h.server.sandbox.store.servicePoints
    .map((p) => ({ id: p.id, d: Math.round(metres(NEAR, p.location)) }))
    .filter((p) => p.d <= 5000)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  assert.ok(expected.length > 7, 'more than one page');
  assert.deepEqual(
    paged.map((p) => [p.id, p.distanceM]),
    expected.map((p) => [p.id, p.d]),
  );
  const whole = await h.call<{ data: Served[] }>('GET', `/service-points?near=${NEAR.lat},${NEAR.lng}&limit=100`, { token });
  assert.deepEqual(whole.body.data, paged);

  // Any radius: exactly the points within it (the search skips far latitudes before the haversine).
  for (const [near, radiusM] of [[NEAR, 1], [NEAR, 800], [{ lat: 31.188, lng: 121.437 }, 3000], [{ lat: 31.05, lng: 121.2 }, 15000], [NEAR, 40000]] as const) {
    const found = await allPages(h, token, `/service-points?near=${near.lat},${near.lng}&radiusM=${radiusM}&limit=100`);
    const within = h.server.sandbox.store.servicePoints
      .map((p) => ({ id: p.id, d: metres(near, p.location) }))
      .filter((p) => p.d <= radiusM)
      .sort((a, b) => Math.round(a.d) - Math.round(b.d) || a.id.localeCompare(b.id));
    assert.deepEqual(found.map((p) => p.id), within.map((p) => p.id), `${radiusM} m`);
  }
});

test('open now on each served point agrees with the openAt filter at the same instant', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['service_map'] });
  for (const iso of ['2026-12-01T03:00:00+08:00', '2026-12-01T12:00:00+08:00', '2026-12-06T23:30:00+08:00']) {
    const listed = await allPages(h, token, `/service-points?near=${NEAR.lat},${NEAR.lng}&radiusM=30000&limit=100&openAt=${encodeURIComponent(iso)}`);
    assert.ok(listed.length > 0 && listed.every((p) => p.openNow), iso);
  }
  // Without openAt, openNow is at the sandbox's now (10:00 on Monday 30 November).
  const everyPoint = await allPages(h, token, '/service-points?limit=100');
  const openIds = everyPoint.filter((p) => p.openNow).map((p) => p.id).sort();
  const filtered = await allPages(h, token, `/service-points?limit=100&openAt=${encodeURIComponent('2026-11-30T10:00:00+08:00')}`);
  assert.deepEqual(filtered.map((p) => p.id).sort(), openIds);
  assert.ok(openIds.length > 0 && openIds.length < everyPoint.length);
});

test('after a reset the same searches give the same answers (hours read again from the fresh seed)', async (t) => {
  const h = await startHarness(t);
  const path = `/service-points?near=${NEAR.lat},${NEAR.lng}&radiusM=12000&limit=100&openAt=${encodeURIComponent('2026-12-01T22:30:00+08:00')}`;
  const before = await allPages(h, await h.session({ components: ['service_map'] }), path);
  assert.ok(before.length > 0);
  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK })).status, 204);
  const after = await allPages(h, await h.session({ components: ['service_map'] }), path);
  assert.deepEqual(after, before);
});

test('events page by page, soonest first, each with places left and waitlist counted now; a reset puts them back', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const before = await allPages(h, token, '/events?limit=4');
  const whole = (await h.call<{ data: Served[] }>('GET', '/events?limit=100', { token })).body.data;
  assert.ok(before.length > 4);
  assert.deepEqual(before, whole);
  const open = before.find((e) => e.id === 'evt_open')!;
  assert.ok(open && open.placesLeft! > 0);

  assert.equal((await h.call('POST', '/events/evt_open/registrations', { token, body: {} })).status, 201);
  const other = await h.session({ components: ['events'], workerRef: 'another-rider' });
  assert.equal((await h.call('POST', '/events/evt_open/registrations', { token: other, body: {} })).status, 201);
  const taken = (await allPages(h, token, '/events?limit=4')).find((e) => e.id === 'evt_open')!;
  assert.equal(taken.placesLeft, open.placesLeft! - 2);

  assert.equal((await h.call('POST', '/sandbox/reset', { token: SK })).status, 204);
  const fresh = await h.session({ components: ['events'] });
  assert.deepEqual(await allPages(h, fresh, '/events?limit=4'), before);
  // and the worker may register again: the reset forgot the registration
  assert.equal((await h.call('POST', '/events/evt_open/registrations', { token: fresh, body: {} })).status, 201);
});

test('a served record has the fields and field order of the spread it replaces, in both locales', (t) => {
  const sandbox = createSandbox({ now: TEST_NOW });
  t.after(() => sandbox.dispose());
  const { events, servicePoints } = sandbox.store;
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const ev of events) {
      const { takenPlaces: _taken, waitlistedOthers: _others, ...rest } = localize(ev, locale);
      const expected = { ...rest, placesLeft: 3, waitlistCount: 1 };
      assert.equal(JSON.stringify(served(ev, locale, ['takenPlaces', 'waitlistedOthers'], { placesLeft: 3, waitlistCount: 1 })), JSON.stringify(expected));
    }
    for (const sp of servicePoints) {
      const expected = { ...localize(sp, locale), openNow: true, distanceM: 12 };
      assert.equal(JSON.stringify(served(sp, locale, [], { openNow: true, distanceM: 12 })), JSON.stringify(expected));
    }
  }
  // an English field the Chinese record lacks is still served, after the others
  const record = { id: 'x', name: '名', en: { name: 'Name', note: 'only in English' } };
  assert.equal(JSON.stringify(served(record, 'en', [], { extra: 1 })), JSON.stringify({ ...localize(record, 'en'), extra: 1 }));
});
