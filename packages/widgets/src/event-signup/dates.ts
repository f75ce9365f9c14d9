/**
 * Dates of `<union-event-signup>`: the date filter's ranges and where sign-up stands for an event, in
 * Shanghai time whatever the device's zone.
 */
import type { EventListParams } from '@unionkit/sdk';
import type { Event as UnionEvent, EventCategory } from '@unionkit/sdk/types';
import { shanghaiDate, TIME_ZONE as TZ } from '../internal/format.js';

const PAGE_SIZE = 10;

/** The date filter: any time, this week, this month or chosen dates. */
export type When = '' | 'week' | 'month' | 'custom';

/** Where sign-up stands for an event, as the worker sees it. */
export type Availability = 'not_open' | 'closed' | 'open' | 'waitlist' | 'full';

export function availability(ev: UnionEvent, now = Date.now()): Availability {
  if (now < Date.parse(ev.registrationOpensAt)) return 'not_open';
  if (now >= Date.parse(ev.registrationClosesAt)) return 'closed';
  if (ev.placesLeft > 0) return 'open';
  return ev.waitlistEnabled ? 'waitlist' : 'full';
}

const weekdayFormat = new Intl.DateTimeFormat('en-US', { timeZone: TZ, weekday: 'short' });

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function endOfDay(date: string): string {
  return `${date}T23:59:59+08:00`;
}

/** What the filters ask the API for: a category and a date range, ten at a time. */
export function listParams(category: EventCategory | '', when: When, from: string, to: string): EventListParams {
  const params: EventListParams = { limit: PAGE_SIZE };
  if (category) params.category = category;
  const now = new Date();
  const today = shanghaiDate(now);
  if (when === 'week') {
    const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekdayFormat.format(now)) + 1;
    params.to = endOfDay(addDays(today, 7 - weekday));
  } else if (when === 'month') {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    params.to = endOfDay(`${today.slice(0, 7)}-${String(last).padStart(2, '0')}`);
  } else if (when === 'custom') {
    if (from) params.from = `${from}T00:00:00+08:00`;
    if (to) params.to = endOfDay(to);
  }
  return params;
}
