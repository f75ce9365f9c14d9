/**
 * Time helpers for building the seed, on top of the sandbox's own Asia/Shanghai helpers
 * (`../time.ts`: a fixed +08:00 offset is exact, and every timestamp is RFC 3339 with `+08:00`).
 */
import { shanghaiParts } from '../time.js';

export { formatDate, formatDateTime, shanghaiParts } from '../time.js';

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant of a Shanghai wall-clock time (month 1–12; day/hour may overflow, like Date.UTC). */
export function shanghaiTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

/** The Shanghai wall-clock time `days` calendar days after `date`'s Shanghai date, at hour:minute. */
export function shanghaiDayAt(date: Date, days: number, hour: number, minute = 0): Date {
  const p = shanghaiParts(date);
  return shanghaiTime(p.year, p.month, p.day + days, hour, minute);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
