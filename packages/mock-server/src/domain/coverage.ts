/**
 * The term of cover. Plans run by calendar year: cover starts the day after confirmation and ends on
 * 31 December. From 1 December an enrolment is for the next calendar year (1 January – 31 December),
 * so a premium never buys less than the term it names. Dates are Shanghai calendar dates `YYYY-MM-DD`.
 */
import { addDays } from '../time.js';

export interface Coverage {
  start: string;
  end: string;
}

/** The calendar year an enrolment made on `today` is for. */
export function termYear(today: string): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 12 ? year + 1 : year;
}

/** The calendar-year term sold on `today`. */
export function termOnSale(today: string): Coverage {
  const year = termYear(today);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The cover an enrolment confirmed on `today` gives: from tomorrow (or 1 January) to 31 December. */
export function coverageFor(today: string): Coverage {
  const term = termOnSale(today);
  const tomorrow = addDays(today, 1);
  return { start: tomorrow > term.start ? tomorrow : term.start, end: term.end };
}

/** A `YYYY-MM-DD` date as a `Date` at UTC midnight (what `ageOn` expects). */
export function dateAsUtc(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
