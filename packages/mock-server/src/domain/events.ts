/**
 * Events and registrations: capacity, waitlist and promotion. Seed counts stand for other workers:
 * `takenPlaces` are their confirmed places, `waitlistedOthers` are waiting ahead of any sandbox worker
 * (one person each). A registration is a party, the worker plus companions (`./event-party.ts`): places
 * and the waitlist's count are people, a waitlist position is a party's.
 */
import type { Companion, DistrictCode, Event, EventCategory, EventRegistration, Locale } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { EventRecord, RegistrationRecord } from '../store/types.js';
import { formatDateTime } from '../time.js';
import type { WorkerActor } from './actor.js';
import { localize, served } from './localize.js';
import { checkCompanions } from './event-party.js';
import { activeMembership } from './membership.js';
import { notFound, ProblemError } from './problem.js';
import { derived, type PerList } from '../store/derived.js';

export interface EventQuery {
  category?: EventCategory[];
  from?: Date;
  to?: Date;
  district?: DistrictCode;
}

function waitlistOf(store: Store, eventId: string): RegistrationRecord[] {
  return store.registrationsOf(eventId)
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => a.waitlistSeq - b.waitlistSeq);
}

/** The people a registration brings: the worker and their companions. */
export function peopleOf(r: Pick<RegistrationRecord, 'companions'>): number {
  return 1 + r.companions.length;
}

/** Places (people) not yet taken by others or by confirmed parties. */
export function placesLeft(store: Store, ev: EventRecord): number {
  let confirmed = 0;
  for (const r of store.registrationsOf(ev.id)) if (r.status === 'confirmed') confirmed += peopleOf(r);
  return Math.max(0, ev.capacity - ev.takenPlaces - confirmed);
}

/** People waiting for the event now: the seed's others and the waiting sandbox parties. */
function waitlistCount(store: Store, ev: EventRecord): number {
  let n = ev.waitlistedOthers;
  for (const r of store.registrationsOf(ev.id)) if (r.status === 'waitlisted') n += peopleOf(r);
  return n;
}

const SEED_COUNTS = ['takenPlaces', 'waitlistedOthers'] as const;

/** The event as served, in `locale`, with its places left and waitlist counted now. */
export function toEvent(store: Store, ev: EventRecord, locale: Locale): Event {
  return served(ev, locale, SEED_COUNTS, { placesLeft: placesLeft(store, ev), waitlistCount: waitlistCount(store, ev) });
}

/**
 * The JSON of a stored event in each locale, without its counts and closing brace, as UTF-8 bytes:
 * seed records never change (a reset makes new ones), so each is serialised and encoded once; what
 * varies is counted per request.
 */
const servedJson = new WeakMap<EventRecord, Partial<Record<Locale, Uint8Array>>>();
const encoder = new TextEncoder();

/** `JSON.stringify(toEvent(store, ev, locale))` in pieces (`utf8()` of them is the text), serialising only the counts. */
export function eventJson(store: Store, ev: EventRecord, locale: Locale): [Uint8Array, string] {
  let byLocale = servedJson.get(ev);
  if (!byLocale) servedJson.set(ev, (byLocale = {}));
  const head = (byLocale[locale] ??= encoder.encode(JSON.stringify(served(ev, locale, SEED_COUNTS, {})).slice(0, -1)));
  return [head, `,"placesLeft":${placesLeft(store, ev)},"waitlistCount":${waitlistCount(store, ev)}}`];
}

export function toRegistration(store: Store, r: RegistrationRecord): EventRegistration {
  let waitlistPosition: number | null = null;
  if (r.status === 'waitlisted') {
    const ev = store.events.find((e) => e.id === r.eventId);
    const index = waitlistOf(store, r.eventId).findIndex((w) => w.id === r.id);
    waitlistPosition = (ev?.waitlistedOthers ?? 0) + index + 1;
  }
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    waitlistPosition,
    companions: r.companions.map((c) => ({ relation: c.relation, birthYear: c.birthYear })),
    people: peopleOf(r),
    createdAt: formatDateTime(r.createdAt),
    updatedAt: formatDateTime(r.updatedAt),
  };
}

/** An event's start and end in milliseconds, read once from its RFC 3339 strings (they never change). */
const times = new WeakMap<EventRecord, { starts: number; ends: number }>();

function timesOf(ev: EventRecord): { starts: number; ends: number } {
  let t = times.get(ev);
  if (!t) times.set(ev, (t = { starts: Date.parse(ev.startsAt), ends: Date.parse(ev.endsAt) }));
  return t;
}

/** The stored events soonest first (then by id), sorted once per list of records (they never change). */
const soonestFirst: PerList<readonly EventRecord[], EventRecord[]> = new WeakMap();

function sortedEvents(events: readonly EventRecord[]): EventRecord[] {
  return derived(soonestFirst, events, () => [...events].sort((a, b) => timesOf(a).starts - timesOf(b).starts || a.id.localeCompare(b.id)));
}

/** Events matching the query, soonest first: the stored records (serve only the page with `eventJson`). */
export function listEvents(store: Store, q: EventQuery): EventRecord[] {
  const from = (q.from ?? store.now()).getTime();
  const to = q.to?.getTime();
  const categories = q.category !== undefined && q.category.length > 0 ? q.category : undefined;
  return sortedEvents(store.events).filter((ev) => {
    const t = timesOf(ev);
    return (
      t.ends >= from &&
      (to === undefined || t.starts <= to) &&
      (categories === undefined || (categories as readonly string[]).includes(ev.category)) &&
      (q.district === undefined || ev.venue.district === q.district)
    );
  });
}

export function findEvent(store: Store, id: string): EventRecord {
  const ev = store.events.find((e) => e.id === id);
  if (!ev) throw notFound('活动', 'event');
  return ev;
}

export function register(store: Store, actor: WorkerActor, eventId: string, body: { companions?: Companion[] } = {}): RegistrationRecord {
  const ev = findEvent(store, eventId);
  const now = store.now();
  if (now.getTime() < Date.parse(ev.registrationOpensAt) || now.getTime() >= Date.parse(ev.registrationClosesAt)) {
    throw new ProblemError(
      422,
      'registration_closed',
      `报名时间为 ${ev.registrationOpensAt} 至 ${ev.registrationClosesAt}。 Registration runs from ${ev.registrationOpensAt} to ${ev.registrationClosesAt}.`,
    );
  }
  if (ev.membersOnly && !activeMembership(store, actor.workerKey)) {
    throw new ProblemError(403, 'members_only', '该活动仅限工会会员报名，请先加入工会。 This event is for union members only: join the union first.');
  }
  const existing = store.registrationsOf(ev.id).find((r) => r.workerKey === actor.workerKey && r.status !== 'cancelled');
  if (existing) {
    throw new ProblemError(409, 'already_registered', `您已报名该活动（${existing.id}）。 Already registered for this event (${existing.id}).`);
  }
  const companions = checkCompanions(ev, body.companions, now);
  const people = 1 + companions.length;
  const left = placesLeft(store, ev);
  let status: RegistrationRecord['status'];
  let waitlistSeq = 0;
  if (left >= people) {
    status = 'confirmed';
  } else if (ev.waitlistEnabled) {
    // Not enough places for the whole party: it waits as one, never split.
    status = 'waitlisted';
    waitlistSeq = store.ids.sequence('waitlist');
  } else if (left === 0) {
    throw new ProblemError(409, 'event_full', '活动名额已满，且不设候补。 The event is full and has no waitlist.');
  } else {
    throw new ProblemError(
      409,
      'not_enough_places',
      `仅剩 ${left} 个名额，不够您一行 ${people} 人，且本活动不设候补。 Only ${left} place(s) left for a party of ${people}, and the event has no waitlist.`,
      { extra: { placesLeft: left, people } },
    );
  }
  const record: RegistrationRecord = {
    id: store.ids.next('reg'),
    workerKey: actor.workerKey,
    eventId: ev.id,
    status,
    createdAt: now,
    updatedAt: now,
    waitlistSeq,
    companions,
  };
  store.addRegistration(record);
  return record;
}

export function listRegistrations(store: Store, actor: WorkerActor): RegistrationRecord[] {
  return [...store.registrations.values()].filter((r) => r.workerKey === actor.workerKey).reverse();
}

export function cancelRegistration(store: Store, actor: WorkerActor, id: string): RegistrationRecord {
  const r = store.registrations.get(id);
  if (!r || r.workerKey !== actor.workerKey) throw notFound('活动报名', 'registration');
  if (r.status === 'cancelled') {
    throw new ProblemError(409, 'invalid_state', '该报名已取消。 This registration is already cancelled.');
  }
  const wasConfirmed = r.status === 'confirmed';
  const now = store.now();
  r.status = 'cancelled';
  r.updatedAt = now;
  const ev = store.events.find((e) => e.id === r.eventId);
  if (wasConfirmed && ev) promote(store, ev, now);
  return r;
}

/**
 * Fills the places now free from the waitlist, in order: the other workers ahead (one place each),
 * then every sandbox party that fits. A party too large for what is free keeps its position, first
 * for the next freed places, while smaller parties behind it may go ahead.
 */
function promote(store: Store, ev: EventRecord, now: Date): void {
  let free = placesLeft(store, ev);
  while (free > 0 && ev.waitlistedOthers > 0) {
    ev.waitlistedOthers--;
    ev.takenPlaces++;
    free--;
  }
  for (const next of waitlistOf(store, ev.id)) {
    if (free <= 0) break;
    const people = peopleOf(next);
    if (people > free) continue;
    next.status = 'confirmed';
    next.updatedAt = now;
    free -= people;
  }
}

/** An iCalendar (RFC 5545) file with the one event, times in Asia/Shanghai. */
export function eventCalendar(record: EventRecord, now: Date, locale: Locale): string {
  const ev = localize(record, locale);
  const local = (iso: string) => {
    const s = formatDateTime(new Date(Date.parse(iso)));
    return s.slice(0, 19).replace(/[-:]/g, '');
  };
  const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shanghai Federation of Trade Unions//UnionKit Sandbox//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${ev.id}@unionkit.sandbox`,
    `DTSTAMP:${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`, // RFC 5545: DTSTAMP is UTC
    `DTSTART;TZID=Asia/Shanghai:${local(ev.startsAt)}`,
    `DTEND;TZID=Asia/Shanghai:${local(ev.endsAt)}`,
    `SUMMARY:${text(ev.title)}`,
    `DESCRIPTION:${text(ev.description)}`,
    `LOCATION:${text(`${ev.venue.name}, ${ev.venue.address}`)}`,
    ...(ev.venue.location ? [`GEO:${ev.venue.location.lat};${ev.venue.location.lng}`] : []),
    `CATEGORIES:${ev.category.toUpperCase()}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
