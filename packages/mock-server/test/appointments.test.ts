/**
 * Appointments and slots: 30-minute weekday slots from a legal-aid station's, mediation room's or
 * health-check point's opening hours, a few places each; one future appointment per worker per point;
 * cancellable until two hours before. Every refusal is a clear problem and changes nothing.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { SLOT_PLACES } from '@unionkit/contract';
import { advanceDays } from './support/claims.js';
import { snapshot, startHarness } from './support/harness.js';
import { at, book, helpSession, pointOf, SATURDAY, TUESDAY } from './support/help.js';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

test('slots follow the opening hours on weekdays, 30 minutes each, with places left', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h);
  const point = pointOf(h, 'legal_aid');
  const res = await h.call('GET', `/service-points/${point.id}/slots?date=${TUESDAY}`, { token });
  assert.equal(res.status, 200, res.text);
  const slots = res.body.data as { startsAt: string; endsAt: string; available: boolean; placesLeft: number }[];
  assert.ok(slots.length > 0);
  assert.equal(slots[0]!.startsAt, at(TUESDAY, point.opens));
  for (const s of slots) {
    assert.equal(Date.parse(s.endsAt) - Date.parse(s.startsAt), 30 * 60_000);
    assert.deepEqual([s.available, s.placesLeft], [true, SLOT_PLACES]);
  }
  const firstInterval = slots.filter((s) => s.startsAt < at(TUESDAY, point.closes));
  assert.equal(firstInterval.length, (minutes(point.closes) - minutes(point.opens)) / 30);

  const weekend = await h.call('GET', `/service-points/${point.id}/slots?date=${SATURDAY}`, { token });
  assert.deepEqual(weekend.body, { data: [] });

  // Today (Monday 10:00): slots that have started are not available.
  const today = await h.call('GET', `/service-points/${point.id}/slots?date=2026-11-30`, { token });
  const past = today.body.data.filter((s: { startsAt: string }) => s.startsAt < at('2026-11-30', '10:00'));
  assert.ok(past.length > 0 && past.every((s: { available: boolean }) => !s.available));
  assert.ok(today.body.data.some((s: { available: boolean }) => s.available));

  for (const type of ['mediation_room', 'health_check'] as const) {
    const other = await h.call('GET', `/service-points/${pointOf(h, type).id}/slots?date=${TUESDAY}`, { token });
    assert.equal(other.status, 200);
    assert.ok(other.body.data.length > 0, type);
  }
});

test('slots: a point without appointments, an unknown point, a bad or out-of-range date are clear 4xx', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h);
  const point = pointOf(h, 'legal_aid');
  const canteen = await h.call('GET', `/service-points/${pointOf(h, 'canteen').id}/slots?date=${TUESDAY}`, { token });
  assert.deepEqual([canteen.status, canteen.body.code], [422, 'appointments_not_offered']);
  const unknown = await h.call('GET', `/service-points/sp_nowhere/slots?date=${TUESDAY}`, { token });
  assert.deepEqual([unknown.status, unknown.body.code], [404, 'not_found']);
  for (const query of ['', '?date=2026-12-1', '?date=tomorrow', '?date=2026-11-29', '?date=2027-01-15', `?date=${TUESDAY}&extra=1`]) {
    const res = await h.call('GET', `/service-points/${point.id}/slots${query}`, { token });
    assert.deepEqual([res.status, res.body.code], [422, 'validation_failed'], query);
    assert.ok(res.body.errors.length > 0, query);
  }
  const scoped = await h.session({ components: ['events'] });
  const forbidden = await h.call('GET', `/service-points/${point.id}/slots?date=${TUESDAY}`, { token: scoped });
  assert.deepEqual([forbidden.status, forbidden.body.code], [403, 'forbidden_scope']);
});

test('booking takes a place, is listed, and can be cancelled until two hours before', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h);
  const point = pointOf(h, 'legal_aid');
  const startsAt = at(TUESDAY, point.opens);
  const booked = await book(h, token, point.id, startsAt);
  assert.equal(booked.status, 'booked');
  assert.equal(booked.startsAt, startsAt);
  assert.equal(Date.parse(booked.startsAt) - Date.parse(booked.cancellableUntil), 2 * 3600_000);
  const slots = await h.call('GET', `/service-points/${point.id}/slots?date=${TUESDAY}`, { token });
  assert.equal(slots.body.data[0].placesLeft, SLOT_PLACES - 1);
  const list = await h.call('GET', '/appointments', { token });
  assert.deepEqual(list.body.data.map((a: { id: string }) => a.id), [booked.id]);

  const cancelled = await h.call('POST', `/appointments/${booked.id}/cancel`, { token });
  assert.deepEqual([cancelled.status, cancelled.body.status], [200, 'cancelled']);
  const again = await h.call('POST', `/appointments/${booked.id}/cancel`, { token });
  assert.deepEqual([again.status, again.body.code], [409, 'invalid_state']);
  // The place is free again, and the worker may book at the point again.
  const after = await h.call('GET', `/service-points/${point.id}/slots?date=${TUESDAY}`, { token });
  assert.equal(after.body.data[0].placesLeft, SLOT_PLACES);
  await book(h, token, point.id, startsAt);
});

test('booking refuses what is not a slot, a past or full slot and a second future appointment at the point, changing nothing', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h);
  const point = pointOf(h, 'legal_aid');
  const before = snapshot(h);
  const cases: [Record<string, unknown>, number, string][] = [
    [{ servicePointId: point.id, startsAt: at(TUESDAY, '09:15') }, 422, 'validation_failed'],
    [{ servicePointId: point.id, startsAt: at(TUESDAY, '23:00') }, 422, 'validation_failed'],
    [{ servicePointId: point.id, startsAt: at(SATURDAY, '10:00') }, 422, 'validation_failed'],
    [{ servicePointId: point.id, startsAt: at('2027-02-02', '10:00') }, 422, 'validation_failed'],
    [{ servicePointId: point.id, startsAt: 'tomorrow' }, 422, 'validation_failed'],
    [{ servicePointId: point.id }, 422, 'validation_failed'],
    [{ servicePointId: point.id, startsAt: at(TUESDAY, point.opens), note: 'x' }, 422, 'validation_failed'],
    [{ servicePointId: pointOf(h, 'canteen').id, startsAt: at(TUESDAY, '10:00') }, 422, 'appointments_not_offered'],
    [{ servicePointId: 'sp_nowhere', startsAt: at(TUESDAY, '10:00') }, 404, 'not_found'],
    [{ servicePointId: point.id, startsAt: at('2026-11-30', point.opens) }, 409, 'slot_unavailable'],
  ];
  for (const [body, status, code] of cases) {
    const res = await h.call('POST', '/appointments', { token, body });
    assert.deepEqual([res.status, res.body.code], [status, code], JSON.stringify(body));
  }
  assert.equal(snapshot(h), before);

  const first = await book(h, token, point.id, at(TUESDAY, point.opens));
  const second = await h.call('POST', '/appointments', { token, body: { servicePointId: point.id, startsAt: at('2026-12-02', point.opens) } });
  assert.deepEqual([second.status, second.body.code], [409, 'appointment_already_booked']);
  assert.match(second.body.detail, new RegExp(first.id));
  // Another point is fine.
  await book(h, token, pointOf(h, 'legal_aid', 1).id, at('2026-12-02', point.opens));

  // A full slot: the other places go to other workers.
  const slot = at('2026-12-03', point.opens);
  for (let i = 1; i <= SLOT_PLACES; i++) await book(h, await helpSession(h), point.id, slot);
  const lateToken = await helpSession(h);
  const full = snapshot(h);
  const late = await h.call('POST', '/appointments', { token: lateToken, body: { servicePointId: point.id, startsAt: slot } });
  assert.deepEqual([late.status, late.body.code], [409, 'slot_unavailable']);
  assert.equal(snapshot(h), full);
  const slots = await h.call('GET', `/service-points/${point.id}/slots?date=2026-12-03`, { token });
  assert.deepEqual([slots.body.data[0].available, slots.body.data[0].placesLeft], [false, 0]);
});

test('within two hours of the start an appointment cannot be cancelled; someone else\'s is 404', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h);
  const point = pointOf(h, 'legal_aid');
  // Monday 10:00 now: a slot at 11:30 today is within two hours.
  const soon = await book(h, token, point.id, at('2026-11-30', '11:30'));
  const res = await h.call('POST', `/appointments/${soon.id}/cancel`, { token });
  assert.deepEqual([res.status, res.body.code], [409, 'cancellation_closed']);
  const other = await h.call('POST', `/appointments/${soon.id}/cancel`, { token: await helpSession(h) });
  assert.deepEqual([other.status, other.body.code], [404, 'not_found']);
  const list = await h.call('GET', '/appointments', { token });
  assert.equal(list.body.data[0].status, 'booked');
});

test('an appointment whose slot is over counts as attended, and frees the worker to book the point again', async (t) => {
  const h = await startHarness(t);
  const point = pointOf(h, 'mediation_room');
  const token = await helpSession(h, 'rider-appt-1');
  await book(h, token, point.id, at(TUESDAY, point.opens));
  advanceDays(h, 2);
  const fresh = await helpSession(h, 'rider-appt-1');
  const list = await h.call('GET', '/appointments', { token: fresh });
  assert.equal(list.body.data[0].status, 'attended');
  const cancel = await h.call('POST', `/appointments/${list.body.data[0].id}/cancel`, { token: fresh });
  assert.deepEqual([cancel.status, cancel.body.code], [409, 'invalid_state']);
  await book(h, fresh, point.id, at('2026-12-03', point.opens));
});

test('a retried booking with the same Idempotency-Key replays the first answer and books once', async (t) => {
  const h = await startHarness(t);
  const token = await helpSession(h);
  const point = pointOf(h, 'health_check');
  const body = { servicePointId: point.id, startsAt: at(TUESDAY, point.opens) };
  const headers = { 'Idempotency-Key': 'book-once' };
  const first = await h.call('POST', '/appointments', { token, body, headers });
  const second = await h.call('POST', '/appointments', { token, body, headers });
  assert.equal(second.status, 201);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(second.body.id, first.body.id);
  assert.equal((await h.call('GET', '/appointments', { token })).body.data.length, 1);
});
