/**
 * Asia/Shanghai time helpers. Shanghai has been UTC+8 without daylight saving since 1991, so a
 * fixed offset is exact. Every timestamp the seed emits is RFC 3339 with the offset `+08:00`.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export interface ShanghaiParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export function shanghaiParts(date: Date): ShanghaiParts {
  const t = new Date(date.getTime() + OFFSET_MS);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
    weekday: ((t.getUTCDay() + 6) % 7) + 1,
  };
}

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

/** `YYYY-MM-DDTHH:MM:SS+08:00` (never `Z`). */
export function formatDateTime(date: Date): string {
  const p = shanghaiParts(date);
  return `${formatYmd(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

/** The Shanghai calendar date, `YYYY-MM-DD`. */
export function formatDate(date: Date): string {
  const p = shanghaiParts(date);
  return formatYmd(p.year, p.month, p.day);
}

function formatYmd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
