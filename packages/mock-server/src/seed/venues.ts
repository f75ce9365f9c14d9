/**
 * When and where the seeded events can take place: each venue's opening days and hours, which
 * venues are outdoors, and the season's rules — outdoors, no event in the midday heat from June to
 * September, and none after dark (17:00) from November to February; a children's camp is on a
 * weekend unless it falls in the school holidays, and is named for its season (no 夏令营 in winter).
 * The hours are sandbox figures, typical of such places in Shanghai.
 */
import type { DistrictCode, GeoPoint } from '@unionkit/contract';
import type { Street } from './divisions.js';
import { placeBeside, stretchAddress } from './geography.js';
import type { Random } from './random.js';
import { districtStretches, type RoadStretch } from './roads.js';
import { shanghaiDayAt, shanghaiParts } from './time.js';

export interface VenueHours {
  /** ISO weekdays it opens (1 = Monday). */
  days: readonly number[];
  /** Minutes since midnight. */
  opens: number;
  closes: number;
  outdoor: boolean;
}

const ALL = [1, 2, 3, 4, 5, 6, 7] as const;
const MON_SAT = [1, 2, 3, 4, 5, 6] as const;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const h = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const v = (days: readonly number[], opens: string, closes: string, outdoor = false): VenueHours => ({ days, opens: h(opens), closes: h(closes), outdoor });

/** Hours of every venue pattern of `./events.ts`. */
export const VENUE_HOURS: Readonly<Record<string, VenueHours>> = {
  '{place}党群服务中心': v(ALL, '09:00', '21:00'),
  '{dn}职工服务中心': v(MON_SAT, '09:00', '17:30'),
  '{place}职工劳动争议调解室': v(WEEKDAYS, '09:00', '17:00'),
  '{dn}总工会职工法律援助中心': v(WEEKDAYS, '09:00', '17:00'),
  上海市工人文化宫: v(ALL, '09:00', '21:30'),
  '{dn}工人文化宫': v(ALL, '09:00', '21:00'),
  '{place}社区图书馆': v([2, 3, 4, 5, 6, 7], '09:00', '20:00'),
  '{dn}图书馆': v(ALL, '09:00', '20:30'),
  '{dn}职工文化中心': v(ALL, '09:00', '21:00'),
  '{dn}体育中心': v(ALL, '08:00', '21:00'),
  '{place}职工健身驿站': v(ALL, '06:00', '22:00'),
  '{dn}全民健身中心': v(ALL, '08:00', '21:30'),
  '{place}职工健康驿站': v(MON_SAT, '08:00', '16:00'),
  '{place}户外职工爱心接力站': v(ALL, '07:00', '21:00', true),
  '{dn}红十字会培训中心': v(MON_SAT, '09:00', '17:00'),
  '{dn}青年中心': v(ALL, '09:00', '21:00'),
  '{place}社区公园': v(ALL, '06:00', '18:00', true),
  '{dn}体育公园': v(ALL, '06:00', '21:00', true),
  '上海工会职工疗休养基地（崇明）': v(ALL, '08:00', '18:00'),
  '{place}社区文化活动中心': v(ALL, '09:00', '21:00'),
  '{dn}职业技能实训基地': v(MON_SAT, '08:30', '17:30'),
  '{dn}交通安全教育基地': v(MON_SAT, '09:00', '17:00'),
  '{dn}职工技能培训中心': v(ALL, '08:30', '20:30'),
  '{dn}职工创新工作室': v(ALL, '09:00', '21:00'),
};

/** Where the one fixed venue with a known address stands (上海市工人文化宫, 西藏中路120号). */
export const WORKERS_CULTURAL_PALACE: GeoPoint = { lat: 31.2345, lng: 121.4758 };

/** Whether an outdoor event at these minutes of a day in this month avoids the summer heat and the winter dark. */
export function outdoorSeasonOk(month: number, start: number, end: number): boolean {
  if (month >= 6 && month <= 9 && start < h('16:00') && end > h('10:30')) return false;
  if ((month >= 11 || month <= 2) && end > h('17:00')) return false;
  return true;
}

/** School holidays (sandbox approximation): summer 1 July – 31 August, winter 20 January – 20 February. */
export function schoolHoliday(month: number, day: number): boolean {
  return month === 7 || month === 8 || (month === 1 && day >= 20) || (month === 2 && day <= 20);
}

/** A children's camp's season name: 冬令营 December–February, 春令营 March–May, 夏令营 June–August, 秋令营 September–November. */
export function campSeason(month: number): { zh: string; en: string } {
  if (month === 12 || month <= 2) return { zh: '冬令营', en: 'Winter' };
  if (month <= 5) return { zh: '春令营', en: 'Spring' };
  if (month <= 8) return { zh: '夏令营', en: 'Summer' };
  return { zh: '秋令营', en: 'Autumn' };
}

const START_TIMES = ['07:30', '08:00', '09:00', '09:30', '10:00', '13:30', '14:00', '14:30', '16:00', '18:30', '19:00'].map(h);

/**
 * The day (days from `now`, as near `startDay` as may be: later first, earlier if later would pass
 * `lastDay`) and the start minute of an event at this venue: open that weekday, the whole event
 * inside the hours, outdoors within the season's rules, a camp on a weekend outside the holidays.
 */
export function schedule(
  rng: Random,
  now: Date,
  startDay: number,
  hours: VenueHours,
  durationMin: number,
  opts: { camp: boolean; firstDay: number; lastDay: number },
): { day: number; start: number } {
  const deltas = [0, 1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6];
  for (const delta of deltas) {
    const day = startDay + delta;
    if (day < opts.firstDay || day > opts.lastDay) continue;
    const { weekday, month, day: date } = shanghaiParts(shanghaiDayAt(now, day, 12));
    if (!hours.days.includes(weekday)) continue;
    if (opts.camp && weekday < 6 && !schoolHoliday(month, date)) continue;
    const starts = START_TIMES.filter(
      (s) => s >= hours.opens && s + durationMin <= hours.closes && (!hours.outdoor || outdoorSeasonOk(month, s, s + durationMin)),
    );
    if (starts.length) return { day, start: rng.pick(starts) };
  }
  throw new Error(`no day near ${startDay} fits the venue`);
}

/** A venue's place in the district: beside a road of one of the table's streets, and its address there. */
export function venuePlace(rng: Random, code: DistrictCode, street: Street | null, suffixes: readonly string[]): { location: GeoPoint; address: { zh: string; en: string } } {
  const byStreet = districtStretches(code);
  const here: readonly RoadStretch[] = (street && byStreet.get(street)) || [...byStreet.values()].flat();
  const stretch = rng.pick(here);
  return { location: placeBeside(rng, stretch), address: stretchAddress(rng, stretch, suffixes) };
}

/** The streets and towns of a district that the road table covers (where venues named after a street can stand). */
export function venueStreets(code: DistrictCode): readonly Street[] {
  return [...districtStretches(code).keys()];
}
