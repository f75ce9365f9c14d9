// Events: capacity, waitlist, promotion, windows, members-only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { becomeMember, snapshot, startHarness } from './support/harness.js';

const register = (h: Awaited<ReturnType<typeof startHarness>>, token: string, id: string) =>
  h.call('POST', `/events/${id}/registrations`, { token, body: {} });

test('places left → confirmed and placesLeft goes down; one registration per worker', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const before = (await h.call('GET', '/events/evt_open', { token })).body;
  assert.equal(before.placesLeft, 50 - 12);
  const res = await register(h, token, 'evt_open');
  assert.equal(res.status, 201);
  assert.equal(res.body.status, 'confirmed');
  assert.equal(res.body.waitlistPosition, null);
  assert.equal((await h.call('GET', '/events/evt_open', { token })).body.placesLeft, before.placesLeft - 1);
  const again = await register(h, token, 'evt_open');
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'already_registered');
});

test('full with a waitlist → waitlisted behind the others; full without → 409 event_full', async (t) => {
  const h = await startHarness(t);
  const a = await h.session({ components: ['events'] });
  const b = await h.session({ components: ['events'] });
  const ra = await register(h, a, 'evt_full_waitlist');
  assert.equal(ra.body.status, 'waitlisted');
  assert.equal(ra.body.waitlistPosition, 4, '3 others were already waiting');
  const rb = await register(h, b, 'evt_full_waitlist');
  assert.equal(rb.body.waitlistPosition, 5);
  const ev = await h.call('GET', '/events/evt_full_waitlist', { token: a });
  assert.equal(ev.body.placesLeft, 0);
  assert.equal(ev.body.waitlistCount, 5);
  const before = snapshot(h);
  const full = await register(h, a, 'evt_full_no_waitlist');
  assert.equal(full.status, 409);
  assert.equal(full.body.code, 'event_full');
  assert.equal(snapshot(h), before);
  // cancelling a waitlisted registration moves the ones behind up
  await h.call('POST', `/event-registrations/${ra.body.id}/cancel`, { token: a });
  const list = await h.call('GET', '/event-registrations', { token: b });
  assert.equal(list.body.data[0].waitlistPosition, 4);
});

test('cancelling a confirmed registration promotes the first waitlisted one', async (t) => {
  const h = await startHarness(t);
  const a = await h.session({ components: ['events'] });
  const b = await h.session({ components: ['events'] });
  const c = await h.session({ components: ['events'] });
  const ra = await register(h, a, 'evt_last_place');
  assert.equal(ra.body.status, 'confirmed');
  const rb = await register(h, b, 'evt_last_place');
  assert.equal(rb.body.status, 'waitlisted');
  assert.equal(rb.body.waitlistPosition, 1);
  const rc = await register(h, c, 'evt_last_place');
  assert.equal(rc.body.waitlistPosition, 2);
  const cancelled = await h.call('POST', `/event-registrations/${ra.body.id}/cancel`, { token: a });
  assert.equal(cancelled.body.status, 'cancelled');
  const promoted = (await h.call('GET', '/event-registrations', { token: b })).body.data[0];
  assert.equal(promoted.status, 'confirmed');
  assert.equal(promoted.waitlistPosition, null);
  assert.equal((await h.call('GET', '/event-registrations', { token: c })).body.data[0].waitlistPosition, 1);
  const ev = (await h.call('GET', '/events/evt_last_place', { token: a })).body;
  assert.equal(ev.placesLeft, 0);
  assert.equal(ev.waitlistCount, 1);
  const twice = await h.call('POST', `/event-registrations/${ra.body.id}/cancel`, { token: a });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.code, 'invalid_state');
  // cancelled: may register again (and waits behind c)
  const back = await register(h, a, 'evt_last_place');
  assert.equal(back.body.status, 'waitlisted');
  assert.equal(back.body.waitlistPosition, 2);
});

test('others ahead on the waitlist take a freed place first', async (t) => {
  const h = await startHarness(t);
  const store = h.server.sandbox.store;
  const ev = store.events.find((e) => e.id === 'evt_last_place')!;
  const a = await h.session({ components: ['events'] });
  const b = await h.session({ components: ['events'] });
  const ra = await register(h, a, 'evt_last_place');
  ev.waitlistedOthers = 2; // two other workers join the waitlist
  const rb = await register(h, b, 'evt_last_place');
  assert.equal(rb.body.waitlistPosition, 3);
  await h.call('POST', `/event-registrations/${ra.body.id}/cancel`, { token: a });
  const mine = (await h.call('GET', '/event-registrations', { token: b })).body.data[0];
  assert.equal(mine.status, 'waitlisted');
  assert.equal(mine.waitlistPosition, 2);
  assert.equal((await h.call('GET', '/events/evt_last_place', { token: b })).body.waitlistCount, 2);
});

test('outside the registration window → 422 registration_closed; members only → 403 members_only, shown before the tap', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const before = snapshot(h);
  for (const id of ['evt_registration_not_open', 'evt_registration_closed']) {
    const res = await register(h, token, id);
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'registration_closed');
  }
  assert.equal((await h.call('GET', '/events/evt_members_only', { token })).body.membersOnly, true);
  const members = await register(h, token, 'evt_members_only');
  assert.equal(members.status, 403);
  assert.equal(members.body.code, 'members_only');
  assert.equal((await register(h, token, 'evt_nope')).status, 404);
  assert.equal(snapshot(h), before);
  await becomeMember(h, token);
  assert.equal((await register(h, token, 'evt_members_only')).body.status, 'confirmed');
  // the window opens in 3 days
  h.server.sandbox.store.clock.advance(3 * 24 * 60 * 60 * 1000);
  const later = await h.session({ workerRef: h.server.sandbox.store.sessions.values().next().value!.workerRef });
  assert.equal((await register(h, later, 'evt_registration_not_open')).body.status, 'confirmed');
});

test('event filters: category, district, from/to (from defaults to now), sorted by start', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const all = (await h.call('GET', '/events?limit=100', { token })).body.data as { id: string; category: string; startsAt: string; endsAt: string; venue: { district: string } }[];
  assert.ok(all.length > 10);
  const starts = all.map((e) => Date.parse(e.startsAt));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.ok(all.every((e) => Date.parse(e.endsAt) >= Date.parse('2026-11-30T10:00:00+08:00')));
  const legal = (await h.call('GET', '/events?category=legal&limit=100', { token })).body.data;
  assert.ok(legal.length > 0 && legal.every((e: { category: string }) => e.category === 'legal'));
  const xuhui = (await h.call('GET', '/events?district=310104&limit=100', { token })).body.data;
  assert.ok(xuhui.every((e: { venue: { district: string } }) => e.venue.district === '310104'));
  const to = '2026-12-10T00:00:00+08:00';
  const soon = (await h.call('GET', `/events?to=${encodeURIComponent(to)}&limit=100`, { token })).body.data;
  assert.ok(soon.length > 0 && soon.every((e: { startsAt: string }) => Date.parse(e.startsAt) <= Date.parse(to)));
  const from = '2026-12-20T00:00:00+08:00';
  const later = (await h.call('GET', `/events?from=${encodeURIComponent(from)}&limit=100`, { token })).body.data;
  assert.ok(later.every((e: { endsAt: string }) => Date.parse(e.endsAt) >= Date.parse(from)));
  const inverted = await h.call('GET', `/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { token });
  assert.equal(inverted.status, 422);
});

test('calendar.ics: an RFC 5545 file in Asia/Shanghai time', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['events'] });
  const ev = (await h.call('GET', '/events/evt_open', { token })).body;
  const res = await h.call('GET', '/events/evt_open/calendar.ics', { token });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^text\/calendar/);
  assert.match(res.text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(res.text, /END:VCALENDAR\r\n$/);
  const local = ev.startsAt.slice(0, 19).replace(/[-:]/g, '');
  assert.ok(res.text.includes(`DTSTART;TZID=Asia/Shanghai:${local}`));
  for (const line of res.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.equal((await h.call('GET', '/events/evt_nope/calendar.ics', { token })).status, 404);
});
