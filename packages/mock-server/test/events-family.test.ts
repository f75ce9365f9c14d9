// Family events: companions, places counting people, parties on the waitlist, members-only events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { becomeMember, snapshot, startHarness, type Harness } from './support/harness.js';

type Companion = { relation: string; birthYear: number };

const register = (h: Harness, token: string, id: string, companions?: Companion[]) =>
  h.call('POST', `/events/${id}/registrations`, { token, body: companions ? { companions } : {} });

const event = async (h: Harness, token: string, id: string) => (await h.call('GET', `/events/${id}`, { token })).body;

/** A worker whose registration is refused: 4xx, the code, and nothing changed (places, waitlist, records). */
async function refused(h: Harness, token: string, id: string, companions: unknown, status: number, code: string) {
  const before = snapshot(h);
  const placesBefore = (await event(h, token, id)).placesLeft;
  const res = await h.call('POST', `/events/${id}/registrations`, { token, body: { companions } });
  assert.equal(res.status, status, res.text);
  assert.equal(res.body.code, code);
  assert.equal(snapshot(h), before, 'state unchanged');
  assert.equal((await event(h, token, id)).placesLeft, placesBefore);
  return res.body as { detail: string; errors?: { path: string; code: string; message: string }[] };
}

test('family events carry maxCompanions and childAgeRange; others do not; every event carries placesLeft', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const all = (await h.call('GET', '/events?limit=100', { token })).body.data as Record<string, any>[];
  const family = all.filter((e) => e.category === 'family');
  assert.ok(family.length >= 3);
  for (const e of family) {
    assert.ok(e.maxCompanions >= 1, e.id);
    assert.ok(e.childAgeRange.min <= e.childAgeRange.max, e.id);
  }
  for (const e of all.filter((e) => e.category !== 'family')) {
    assert.equal(e.maxCompanions, undefined, e.id);
    assert.equal(e.childAgeRange, undefined, e.id);
  }
  assert.ok(all.every((e) => Number.isInteger(e.placesLeft)));
  assert.ok(all.some((e) => e.category === 'matchmaking'), '小哥相亲会 stays matchmaking');
  assert.ok(all.some((e) => e.membersOnly === true && e.category === 'family'), 'some family events are members only');
});

test('a party takes one place per person; the registration carries its companions and people', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const ev = await event(h, token, 'evt_family');
  assert.deepEqual([ev.maxCompanions, ev.childAgeRange], [3, { min: 4, max: 14 }]);
  const year = Number(ev.startsAt.slice(0, 4));
  const companions = [
    { relation: 'child', birthYear: year - 4 },
    { relation: 'child', birthYear: year - 14 },
    { relation: 'spouse', birthYear: 1990 },
  ];
  const res = await register(h, token, 'evt_family', companions);
  assert.equal(res.status, 201, res.text);
  assert.equal(res.body.status, 'confirmed');
  assert.deepEqual(res.body.companions, companions);
  assert.equal(res.body.people, 4);
  assert.equal((await event(h, token, 'evt_family')).placesLeft, ev.placesLeft - 4);
  const mine = (await h.call('GET', '/event-registrations', { token })).body.data[0];
  assert.deepEqual([mine.people, mine.companions], [4, companions]);
  // alone, as before: one place, no companions
  const solo = await register(h, await h.session({ components: ['events'] }), 'evt_open');
  assert.deepEqual([solo.body.people, solo.body.companions], [1, []]);
});

test('bad companions → 422 validation_failed with the field, nothing changed', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const year = Number((await event(h, token, 'evt_family')).startsAt.slice(0, 4));
  const child = (age: number) => ({ relation: 'child', birthYear: year - age });

  const tooMany = await refused(h, token, 'evt_family', [child(5), child(6), child(7), child(8)], 422, 'validation_failed');
  assert.deepEqual(tooMany.errors?.map((e) => [e.path, e.code]), [['companions', 'invalid_value']]);
  assert.match(tooMany.errors![0]!.message, /最多可带 3 位家属.*at most 3 companions/);

  const tooOld = await refused(h, token, 'evt_family', [child(6), child(15)], 422, 'validation_failed');
  assert.deepEqual(tooOld.errors?.map((e) => [e.path, e.code]), [['companions.1.birthYear', 'invalid_value']]);
  assert.match(tooOld.errors![0]!.message, /4–14 岁.*15 岁.*aged 4 to 14/);

  const tooYoung = await refused(h, token, 'evt_family', [child(3)], 422, 'validation_failed');
  assert.deepEqual(tooYoung.errors?.map((e) => e.path), ['companions.0.birthYear']);

  // a spouse or parent has no age range, but no one is born after this year (2026 in the sandbox)
  const future = await refused(h, token, 'evt_family', [{ relation: 'parent', birthYear: 2027 }], 422, 'validation_failed');
  assert.deepEqual(future.errors?.map((e) => [e.path, e.code]), [['companions.0.birthYear', 'invalid_value']]);
  const ancient = await refused(h, token, 'evt_family', [{ relation: 'parent', birthYear: 1850 }], 422, 'validation_failed');
  assert.equal(ancient.errors?.[0]?.path, 'companions.0.birthYear');

  const notFamily = await refused(h, token, 'evt_open', [{ relation: 'spouse', birthYear: 1991 }], 422, 'validation_failed');
  assert.deepEqual(notFamily.errors?.map((e) => [e.path, e.code]), [['companions', 'invalid_value']]);

  // the contract's shape: no names, known relations only, integers
  const named = await refused(h, token, 'evt_family', [{ ...child(6), name: '小明' }], 422, 'validation_failed');
  assert.ok(named.errors?.some((e) => e.path === 'companions.0.name'));
  const relation = await refused(h, token, 'evt_family', [{ relation: 'cousin', birthYear: 2015 }], 422, 'validation_failed');
  assert.ok(relation.errors?.some((e) => e.path === 'companions.0.relation'));
  await refused(h, token, 'evt_family', [{ relation: 'child', birthYear: '2018' }], 422, 'validation_failed');
  await refused(h, token, 'evt_family', [{ relation: 'child' }], 422, 'validation_failed');
  await refused(h, token, 'evt_family', 'two kids', 422, 'validation_failed');

  // several problems at once, each at its field
  const both = await refused(h, token, 'evt_family', [child(2), child(5), child(20), child(9)], 422, 'validation_failed');
  assert.deepEqual(both.errors?.map((e) => e.path), ['companions', 'companions.0.birthYear', 'companions.2.birthYear']);

  // and the worker can then register with what is right
  assert.equal((await register(h, token, 'evt_family', [child(6)])).status, 201);
});

test('not enough places for the whole party → the party waits as one; without a waitlist 409 not_enough_places', async (t) => {
  const h = await startHarness(t);
  const a = await h.session({ components: ['events'] });
  const ev = await event(h, a, 'evt_family_few_places');
  assert.equal(ev.placesLeft, 2);
  const year = Number(ev.startsAt.slice(0, 4));
  const kids = [{ relation: 'child', birthYear: year - 5 }, { relation: 'child', birthYear: year - 8 }];
  const party = await register(h, a, 'evt_family_few_places', kids);
  assert.equal(party.body.status, 'waitlisted');
  assert.equal(party.body.waitlistPosition, 1);
  const after = await event(h, a, 'evt_family_few_places');
  assert.deepEqual([after.placesLeft, after.waitlistCount], [2, 3], 'places untouched; the waitlist counts people');

  // the same on an event without a waitlist: refused, nothing changed
  const store = h.server.sandbox.store;
  const noWaitlist = store.events.find((e) => e.id === 'evt_family')!;
  noWaitlist.waitlistEnabled = false;
  noWaitlist.takenPlaces = noWaitlist.capacity - 1;
  const b = await h.session({ components: ['events'] });
  const problem = await refused(h, b, 'evt_family', [{ relation: 'spouse', birthYear: 1990 }], 409, 'not_enough_places');
  assert.match(problem.detail, /仅剩 1 个名额.*2 人.*Only 1 place/);
  assert.equal((await register(h, b, 'evt_family')).body.status, 'confirmed', 'alone, the worker fits');
});

test('cancelling frees the whole party; the waitlist promotes, in order, every party that fits', async (t) => {
  const h = await startHarness(t);
  const [a, b, c, d] = [await h.session(), await h.session(), await h.session(), await h.session()];
  const id = 'evt_family_few_places';
  const year = Number((await event(h, a, id)).startsAt.slice(0, 4));
  const kid = (age: number) => ({ relation: 'child', birthYear: year - age });
  const ra = await register(h, a, id, [kid(6)]); // 2 people: the last two places
  assert.equal(ra.body.status, 'confirmed');
  const rb = await register(h, b, id, [kid(5), kid(7)]); // 3 people
  const rc = await register(h, c, id); // 1 person
  const rd = await register(h, d, id, [kid(9)]); // 2 people
  assert.deepEqual([rb.body.waitlistPosition, rc.body.waitlistPosition, rd.body.waitlistPosition], [1, 2, 3]);
  assert.equal((await event(h, a, id)).waitlistCount, 6);

  const cancelled = await h.call('POST', `/event-registrations/${ra.body.id}/cancel`, { token: a });
  assert.equal(cancelled.body.status, 'cancelled');
  // 2 places free: b's party of 3 does not fit and keeps its place; c (1) fits; d (2) no longer does
  const status = async (token: string) => (await h.call('GET', '/event-registrations', { token })).body.data[0];
  assert.deepEqual([(await status(b)).status, (await status(b)).waitlistPosition], ['waitlisted', 1]);
  assert.deepEqual([(await status(c)).status, (await status(c)).waitlistPosition], ['confirmed', null]);
  assert.deepEqual([(await status(d)).status, (await status(d)).waitlistPosition], ['waitlisted', 2]);
  const ev = await event(h, a, id);
  assert.deepEqual([ev.placesLeft, ev.waitlistCount], [1, 5]);

  // c cancels: 2 free again, b still does not fit, d does
  const rcNow = await status(c);
  await h.call('POST', `/event-registrations/${rcNow.id}/cancel`, { token: c });
  assert.equal((await status(d)).status, 'confirmed');
  assert.equal((await status(b)).waitlistPosition, 1);
  assert.equal((await event(h, a, id)).placesLeft, 0);
});

test('others waiting ahead take freed places one person each before any sandbox party', async (t) => {
  const h = await startHarness(t);
  const store = h.server.sandbox.store;
  const ev = store.events.find((e) => e.id === 'evt_family')!;
  const [a, b] = [await h.session(), await h.session()];
  const year = Number(ev.startsAt.slice(0, 4));
  const ra = await register(h, a, 'evt_family', [{ relation: 'child', birthYear: year - 6 }, { relation: 'spouse', birthYear: 1989 }]);
  assert.equal(ra.body.people, 3);
  ev.takenPlaces = ev.capacity - 3; // now full
  ev.waitlistedOthers = 2;
  const rb = await register(h, b, 'evt_family');
  assert.equal(rb.body.waitlistPosition, 3);
  await h.call('POST', `/event-registrations/${ra.body.id}/cancel`, { token: a });
  // 3 free: the 2 others, then b
  assert.equal(ev.waitlistedOthers, 0);
  assert.equal((await h.call('GET', '/event-registrations', { token: b })).body.data[0].status, 'confirmed');
  assert.equal((await event(h, a, 'evt_family')).placesLeft, 0);
});

test('a members-only family event: a non-member gets 403 members_only with nothing changed; a member registers the party', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const ev = await event(h, token, 'evt_family_members_only');
  assert.equal(ev.membersOnly, true);
  const year = Number(ev.startsAt.slice(0, 4));
  const kids = [{ relation: 'child', birthYear: year - 7 }];
  await refused(h, token, 'evt_family_members_only', kids, 403, 'members_only');
  await becomeMember(h, token);
  const res = await register(h, token, 'evt_family_members_only', kids);
  assert.deepEqual([res.status, res.body.status, res.body.people], [201, 'confirmed', 2]);
});

test('a replay with the same Idempotency-Key answers as the first; another party with the key is 409', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const year = Number((await event(h, token, 'evt_family')).startsAt.slice(0, 4));
  const headers = { 'Idempotency-Key': 'family-1' };
  const body = { companions: [{ relation: 'child', birthYear: year - 8 }] };
  const first = await h.call('POST', '/events/evt_family/registrations', { token, body, headers });
  const again = await h.call('POST', '/events/evt_family/registrations', { token, body, headers });
  assert.deepEqual(again.body, first.body);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  const other = await h.call('POST', '/events/evt_family/registrations', { token, body: { companions: [] }, headers });
  assert.equal(other.status, 409);
  assert.equal(other.body.code, 'idempotency_key_reused');
});
