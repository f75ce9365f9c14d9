/**
 * Formatting through `Intl`, per locale, with every formatter built once, when first used, and cached.
 * Times are shown in Shanghai time (Asia/Shanghai) whatever the device's zone; money arrives in fen.
 */
import type { UnionLocale } from './localize/translation.js';

export const TIME_ZONE = 'Asia/Shanghai';

export interface MoneyOptions {
  /** Drop `.00` from whole yuan: 1200 → "¥12" rather than "¥12.00" (1250 stays "¥12.50"). */
  trim?: boolean;
}

export interface Formatter {
  readonly locale: UnionLocale;
  /** Fen → yuan: `money(1200)` → "¥12.00"; `money(1200, { trim: true })` → "¥12". */
  money(fen: number, options?: MoneyOptions): string;
  /** A plain number with grouping: 12345 → "12,345". */
  number(value: number): string;
  /** A calendar date: "2026年3月5日" / "Mar 5, 2026". Takes `YYYY-MM-DD` (a Shanghai date), RFC 3339 or a Date. */
  date(value: string | Date): string;
  /** Short date without year: "3月5日" / "Mar 5". */
  shortDate(value: string | Date): string;
  /** Date and time in Shanghai: "2026年3月5日 09:30" / "Mar 5, 2026, 9:30 AM". */
  dateTime(value: string | Date): string;
  /** Time of day in Shanghai: "09:30" / "9:30 AM". Also takes `HH:MM`. */
  time(value: string | Date): string;
  /** A range of dates or date-times, e.g. an event: "3月5日 09:30–11:00". */
  dateTimeRange(start: string | Date, end: string | Date): string;
  /** Metres → "850 米" / "850 m" below 1 km, "1.3 公里" / "1.3 km" above. */
  distance(metres: number): string;
}

const cache = new Map<string, Formatter>();

/** The (cached) formatter of a locale. */
export function formatter(locale: UnionLocale): Formatter {
  let f = cache.get(locale);
  if (!f) {
    f = createFormatter(locale);
    cache.set(locale, f);
  }
  return f;
}

let calendarDay: Intl.DateTimeFormat | undefined;

/**
 * The Shanghai calendar date (`YYYY-MM-DD`) of an instant — by default now, by the device's clock —
 * whatever the device's zone. Made on first use, not at start-up.
 */
export function shanghaiDate(at: string | number | Date = Date.now()): string {
  calendarDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return calendarDay.format(typeof at === 'string' ? new Date(at) : at);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_ONLY = /^\d{2}:\d{2}(:\d{2})?$/;

/** A Date from a Date, an RFC 3339 string, a `YYYY-MM-DD` date (midnight in Shanghai) or `HH:MM`. */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  if (DATE_ONLY.test(value)) return new Date(`${value}T00:00:00+08:00`);
  if (TIME_ONLY.test(value)) return new Date(`1970-01-01T${value.length === 5 ? `${value}:00` : value}+08:00`);
  return new Date(value);
}

/** Digits with a comma every three from the right: 1234567 → "1,234,567" (zh-CN and en group alike). */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Fen as yuan, as `Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay:
 * 'narrowSymbol' })` says it in zh-CN and en ("¥1,234.50", "-¥12.00"), without building one: the first
 * `Intl.NumberFormat` of a page loads the locale's number data, which at 4× CPU slowdown costs more
 * than the rest of a list's first render, and a list of jobs shows a salary on its first item. Money
 * comes in whole fen; anything else is rounded to the fen, as Intl would round it to two decimals.
 */
function yuan(fen: number, trim: boolean): string {
  const abs = Math.abs(Math.round(fen));
  const cents = abs % 100;
  return `${fen < 0 ? '-' : ''}¥${grouped(String((abs - cents) / 100))}${trim && !cents ? '' : `.${String(cents).padStart(2, '0')}`}`;
}

/** `make()`'s value, made on the first call only. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The formatter of a locale. Each `Intl` formatter is built the first time it is used, not up front:
 * a widget showing a list of jobs never pays for the date-range or distance formatters; whole fen and
 * whole numbers need none at all.
 */
export function createFormatter(locale: UnionLocale): Formatter {
  const num = (options?: Intl.NumberFormatOptions) => once(() => new Intl.NumberFormat(locale, options));
  const dt = (options: Intl.DateTimeFormatOptions) => once(() => new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE }));
  const number = num();
  const metres = num({ style: 'unit', unit: 'meter', maximumFractionDigits: 0 });
  const km = num({ style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
  const date = dt({ dateStyle: 'medium' });
  const shortDate = dt({ month: 'short', day: 'numeric' });
  const dateTime = dt({ dateStyle: 'medium', timeStyle: 'short' });
  const time = dt({ timeStyle: 'short' });
  const range = dt({ month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

  return {
    locale,
    money: (fen, options) => yuan(fen, !!options?.trim),
    number: (value) => (Number.isSafeInteger(value) ? `${value < 0 ? '-' : ''}${grouped(String(Math.abs(value)))}` : number().format(value)),
    date: (value) => date().format(toDate(value)),
    shortDate: (value) => shortDate().format(toDate(value)),
    dateTime: (value) => dateTime().format(toDate(value)),
    time: (value) => time().format(toDate(value)),
    dateTimeRange: (start, end) => range().formatRange(toDate(start), toDate(end)),
    distance: (m) => (m < 1000 ? metres().format(Math.round(m)) : km().format(m / 1000)),
  };
}
