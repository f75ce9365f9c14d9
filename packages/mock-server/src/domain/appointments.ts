/**
 * Appointments at legal-aid stations, mediation rooms and health-check points (上岗前健康快筛 too):
 * 30-minute slots on weekdays within the point's opening hours, a few places each; `booked →
 * cancelled | attended | missed`; one future appointment per worker per point; cancellable until two
 * hours before. The platform is never told of any of it.
 */
import {
  APPOINTMENT_POINT_TYPES,
  BOOKING_HORIZON_DAYS,
  CANCEL_BEFORE_MINUTES,
  SLOT_MINUTES,
  SLOT_PLACES,
  type Appointment,
  type AppointmentCreate,
  type ServicePointType,
  type Slot,
} from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { AppointmentRecord } from '../store/help-requests.js';
import type { SeedServicePoint } from '../store/types.js';
import { addDays, formatDate, formatDateTime, parseDateTime, weekdayOf } from '../time.js';
import type { WorkerActor } from './actor.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';

const MINUTE_MS = 60_000;
const OFFSET_MS = 8 * 60 * MINUTE_MS;
const POINT_TYPES: readonly ServicePointType[] = APPOINTMENT_POINT_TYPES;

/** The point, which must take appointments (else 422 `appointments_not_offered`); unknown is 404. */
export function appointmentPoint(store: Store, id: string): SeedServicePoint {
  const point = store.servicePoints.find((p) => p.id === id);
  if (!point) throw notFound('服务阵地', 'service point');
  if (!(POINT_TYPES as readonly string[]).includes(point.type)) {
    throw new ProblemError(
      422,
      'appointments_not_offered',
      '只有法律援助站、调解室和健康快筛点提供预约。 Only legal-aid stations, mediation rooms and health-check points take appointments.',
    );
  }
  return point;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of `minute` minutes after Shanghai midnight of `date`. */
function at(date: string, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS + minute * MINUTE_MS);
}

/** Checks a requested `date`: from today up to the booking horizon (else 422 on `path`). */
function checkDate(store: Store, date: string, path: string): void {
  const today = formatDate(store.now());
  if (date < today || date > addDays(today, BOOKING_HORIZON_DAYS)) {
    throw validationFailed([
      fieldError(
        path,
        'invalid_value',
        `请选择今天起 ${BOOKING_HORIZON_DAYS} 天内的日期。 Pick a date within the next ${BOOKING_HORIZON_DAYS} days.`,
      ),
    ]);
  }
}

/** Start instants of the point's slots on `date` (weekdays within opening hours, not on a closure day). */
function slotStarts(point: SeedServicePoint, date: string): Date[] {
  const weekday = weekdayOf(date);
  const hours = point.openingHours;
  if (weekday > 5 || point.status !== 'operating') return [];
  if (hours.closures.some((c) => c.from <= date && date <= c.to)) return [];
  const intervals = hours.open24Hours
    ? [{ opens: '09:00', closes: '17:00' }]
    : (hours.weekly.find((w) => w.day === weekday)?.intervals ?? []);
  const starts: Date[] = [];
  for (const interval of intervals) {
    const opens = minutesOf(interval.opens);
    const closes = minutesOf(interval.closes);
    if (closes <= opens) continue; // past midnight: no appointments at night
    for (let m = Math.ceil(opens / SLOT_MINUTES) * SLOT_MINUTES; m + SLOT_MINUTES <= closes; m += SLOT_MINUTES) starts.push(at(date, m));
  }
  return starts.sort((a, b) => a.getTime() - b.getTime());
}

function bookedAt(store: Store, pointId: string, startsAt: Date): number {
  let n = 0;
  for (const a of store.appointments.values()) {
    if (a.servicePointId === pointId && a.status === 'booked' && a.startsAt.getTime() === startsAt.getTime()) n++;
  }
  return n;
}

/** `GET /service-points/{id}/slots?date=`. */
export function listSlots(store: Store, pointId: string, date: string): Slot[] {
  const point = appointmentPoint(store, pointId);
  checkDate(store, date, 'date');
  const now = store.now().getTime();
  return slotStarts(point, date).map((start) => {
    const placesLeft = Math.max(0, SLOT_PLACES - bookedAt(store, point.id, start));
    return {
      startsAt: formatDateTime(start),
      endsAt: formatDateTime(new Date(start.getTime() + SLOT_MINUTES * MINUTE_MS)),
      available: placesLeft > 0 && start.getTime() > now,
      placesLeft,
    };
  });
}

/** A booked appointment whose slot is over counts as attended (the sandbox has no front desk). */
function settle(store: Store, a: AppointmentRecord): AppointmentRecord {
  if (a.status === 'booked' && a.endsAt.getTime() <= store.now().getTime()) {
    a.status = 'attended';
    a.updatedAt = a.endsAt;
  }
  return a;
}

export function toAppointment(a: AppointmentRecord): Appointment {
  return {
    id: a.id,
    servicePointId: a.servicePointId,
    status: a.status,
    startsAt: formatDateTime(a.startsAt),
    endsAt: formatDateTime(a.endsAt),
    cancellableUntil: formatDateTime(new Date(a.startsAt.getTime() - CANCEL_BEFORE_MINUTES * MINUTE_MS)),
    createdAt: formatDateTime(a.createdAt),
    updatedAt: formatDateTime(a.updatedAt),
  };
}

/** `POST /appointments`. */
export function bookAppointment(store: Store, actor: WorkerActor, input: AppointmentCreate): AppointmentRecord {
  const point = appointmentPoint(store, input.servicePointId);
  const startsAt = parseDateTime(input.startsAt);
  const notASlot = () =>
    validationFailed([
      fieldError('startsAt', 'invalid_value', '请选择该阵地提供的预约时段。 Pick one of the slots this point offers.'),
    ]);
  if (!startsAt) throw notASlot();
  const date = formatDate(startsAt);
  checkDate(store, date, 'startsAt');
  if (!slotStarts(point, date).some((s) => s.getTime() === startsAt.getTime())) throw notASlot();
  const now = store.now();
  if (startsAt.getTime() <= now.getTime()) {
    throw new ProblemError(409, 'slot_unavailable', '该时段已过，请选择其他时段。 This slot has passed: pick another.');
  }
  const mine = [...store.appointments.values()].find(
    (a) => a.workerKey === actor.workerKey && a.servicePointId === point.id && settle(store, a).status === 'booked',
  );
  if (mine) {
    throw new ProblemError(
      409,
      'appointment_already_booked',
      hiddenFrom(store, actor, mine)
        ? '您在该阵地已有一个预约。 You already have an appointment here.'
        : `您在该阵地已有 ${formatDateTime(mine.startsAt)} 的预约（${mine.id}）。 You already have an appointment here at ${formatDateTime(mine.startsAt)} (${mine.id}).`,
    );
  }
  if (bookedAt(store, point.id, startsAt) >= SLOT_PLACES) {
    throw new ProblemError(409, 'slot_unavailable', '该时段已约满，请选择其他时段。 This slot is full: pick another.');
  }
  if (store.appointments.size >= store.limits.appointments) {
    throw new ProblemError(409, 'invalid_state', '沙箱保存的预约已达上限，请重置沙箱。 The sandbox holds as many appointments as it keeps; reset it.');
  }
  const record: AppointmentRecord = {
    id: store.ids.next('appt'),
    workerKey: actor.workerKey,
    servicePointId: point.id,
    servicePointType: point.type as ServicePointType,
    status: 'booked',
    startsAt,
    endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * MINUTE_MS),
    createdAt: now,
    updatedAt: now,
  };
  store.appointments.set(record.id, record);
  return record;
}

/**
 * Whether a confidential help request (`./union-sessions.ts`) uses `a`: then only a union token sees
 * it, since a legal-aid appointment tied to a complaint would tell the platform one exists.
 */
function hiddenFrom(store: Store, actor: WorkerActor, a: AppointmentRecord): boolean {
  if (actor.union) return false;
  for (const r of store.helpRequests.values()) {
    if (r.workerKey === a.workerKey && r.unionMobile !== undefined && r.fields.appointmentId === a.id) return true;
  }
  return false;
}

/** The worker's own appointment (settled), else 404 (one a confidential request uses, too, without its union token). */
export function getAppointment(store: Store, actor: WorkerActor, id: string): AppointmentRecord {
  const a = store.appointments.get(id);
  if (!a || a.workerKey !== actor.workerKey || hiddenFrom(store, actor, a)) throw notFound('预约', 'appointment');
  return settle(store, a);
}

/** `GET /appointments`: newest first. */
export function listAppointments(store: Store, actor: WorkerActor): AppointmentRecord[] {
  return [...store.appointments.values()]
    .filter((a) => a.workerKey === actor.workerKey && !hiddenFrom(store, actor, a))
    .map((a) => settle(store, a))
    .reverse();
}

/** `POST /appointments/{id}/cancel`. */
export function cancelAppointment(store: Store, actor: WorkerActor, id: string): AppointmentRecord {
  const a = getAppointment(store, actor, id);
  if (a.status !== 'booked') {
    throw new ProblemError(409, 'invalid_state', `预约状态为 ${a.status}，不能取消。 An appointment in status ${a.status} cannot be cancelled.`);
  }
  const now = store.now();
  if (now.getTime() > a.startsAt.getTime() - CANCEL_BEFORE_MINUTES * MINUTE_MS) {
    throw new ProblemError(
      409,
      'cancellation_closed',
      '预约开始前两小时内不能取消，请致电该阵地。 Within two hours of the start an appointment cannot be cancelled: call the point.',
    );
  }
  a.status = 'cancelled';
  a.updatedAt = now;
  return a;
}
