/**
 * Time in the sandbox: Asia/Shanghai, a fixed +08:00 offset (China has no daylight saving time).
 * Responses always carry RFC 3339 times with `+08:00`, never `Z`.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The wall-clock fields of `date` in Shanghai. `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export function shanghaiParts(date: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
} {
  const s = new Date(date.getTime() + OFFSET_MS);
  const dow = s.getUTCDay();
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
    second: s.getUTCSeconds(),
    weekday: dow === 0 ? 7 : dow,
  };
}

/** `2026-11-20T14:30:00+08:00`. */
export function formatDateTime(date: Date): string {
  const p = shanghaiParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

/** The Shanghai calendar date of `date`: `2026-11-20`. */
export function formatDate(date: Date): string {
  const p = shanghaiParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/** The `count`-th working day (Monday–Friday) after `isoDate`. Public holidays are not modelled. */
export function addWorkingDays(isoDate: string, count: number): string {
  let date = isoDate;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (weekdayOf(date) <= 5) left--;
  }
  return date;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 date-time with an offset (or `Z`); `null` when it is not one. */
export function parseDateTime(value: string): Date | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [, , mo, d, h, mi, s] = m.map(Number) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 60) return null;
  const t = Date.parse(value.replace(' ', 'T'));
  return Number.isNaN(t) ? null : new Date(t);
}

/** A `Date` at UTC midnight of the Shanghai date of `date` (what `ageOn` expects). */
export function shanghaiDateAsUtc(date: Date): Date {
  const p = shanghaiParts(date);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}
