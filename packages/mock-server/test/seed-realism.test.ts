// The sandbox's Shanghai must be believable: a point stands on the road its address names, in the
// street its name names; no seeded phone number can ring anyone; a meal's name fits when it is
// served; an event fits its venue's hours and the season; 司机之家 stand where lorries can park; the
// newer kinds of point and amenity are there in realistic numbers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DistrictCode, GeoPoint } from '@unionkit/contract';
import {
  ROAD_STRETCHES,
  ROADSIDE_M,
  SANDBOX_PHONE,
  VENUE_HOURS,
  createSeed,
  districts,
  metresFromStretch,
  nearbyMetres,
  servedWithinHours,
  streets,
  type RoadStretch,
  type SeedData,
} from '../src/seed/index.js';
import { placeName } from '../src/seed/geography.js';
import { inDistrictOutline } from './support/outlines.js';

const NOW = new Date('2026-11-28T10:00:00+08:00');
const seed: SeedData = createSeed({ now: NOW });
const PEOPLES_SQUARE: GeoPoint = { lat: 31.2304, lng: 121.4737 };
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const districtName = (code: DistrictCode | (string & {})): string => districts.find((d) => d.code === code)!.name;

/** The stretch an address is on: of the district's stretches whose road (and, without a number, street) the address names, the nearest. */
function stretchOf(address: string, code: DistrictCode | (string & {}), at: GeoPoint): { stretch: RoadStretch; metres: number } | null {
  const named = ROAD_STRETCHES.filter((s) => s.district === code && address.includes(s.road) && (s.numbers !== null || address.includes(s.street.name)));
  const ranked = named.map((stretch) => ({ stretch, metres: metresFromStretch(at, stretch) })).sort((a, b) => a.metres - b.metres);
  return ranked[0] ?? null;
}

describe('the road table', () => {
  test('each stretch lies in its district (the district outlines), in a street or town of that district, and is a stretch of a road', () => {
    assert.ok(ROAD_STRETCHES.length >= 80);
    for (const s of ROAD_STRETCHES) {
      const label = `${s.street.name} ${s.road}`;
      assert.ok(streets.includes(s.street) && s.street.district === s.district, label);
      assert.match(s.road, /(路|公路|大道|大街)$/, label);
      for (let i = 0; i <= 10; i++) {
        const t = i / 10;
        const p = { lat: s.from.lat + t * (s.to.lat - s.from.lat), lng: s.from.lng + t * (s.to.lng - s.from.lng) };
        assert.ok(inDistrictOutline(p, s.district), `${label} at ${JSON.stringify(p)} is outside ${districtName(s.district)}`);
      }
      const length = nearbyMetres(s.from, s.to);
      assert.ok(length >= 300 && length <= 3000, `${label}: ${Math.round(length)} m`);
      if (s.numbers) assert.ok(s.numbers[0] >= 1 && s.numbers[0] < s.numbers[1], label);
    }
    for (const d of districts) assert.ok(new Set(ROAD_STRETCHES.filter((s) => s.district === d.code).map((s) => s.street)).size >= 4, d.name);
  });
});

describe('service points: street, road and coordinates agree', () => {
  test(`every point stands within ${ROADSIDE_M} m of the road its address names, in the street its name names; house numbers only where the range is known`, () => {
    for (const p of seed.servicePoints) {
      const found = stretchOf(p.address, p.district, p.location);
      assert.ok(found, `${p.id} ${p.address}: no road of ${districtName(p.district)} in the address`);
      const { stretch, metres } = found;
      assert.ok(metres <= ROADSIDE_M, `${p.id} is ${Math.round(metres)} m from ${stretch.road}`);
      assert.ok(p.address.startsWith(`上海市${districtName(p.district)}`), p.id);
      // The name says the street or town (a district centre may carry only the district's name).
      const place = placeName(stretch.street);
      assert.ok(p.name.includes(place) || p.name.includes(stretch.street.name) || p.name.startsWith(`${districtName(p.district)}总工会`), `${p.id} ${p.name} is not named after ${stretch.street.name}`);
      const number = /(\d+)号/.exec(p.address.slice(p.address.indexOf(stretch.road)));
      if (stretch.numbers === null) assert.equal(number, null, `${p.id} ${p.address}: an invented house number`);
      else assert.ok(number && Number(number[1]) >= stretch.numbers[0] && Number(number[1]) <= stretch.numbers[1], `${p.id} ${p.address}`);
      assert.ok(inDistrictOutline(p.location, p.district), p.id);
      // The English address is as whole: the district, and a number only where the Chinese has one.
      assert.match(p.en.address, /(District|New Area), Shanghai$/);
      assert.equal(/No\. \d+/.test(p.en.address), number !== null, p.en.address);
    }
  });

  test('every event venue stands beside the road its address names (the fixed Workers’ Cultural Palace at No. 120 Middle Xizang Road)', () => {
    for (const e of seed.events) {
      const at = e.venue.location!;
      assert.ok(inDistrictOutline(at, e.venue.district), e.id);
      if (e.venue.name === '上海市工人文化宫') {
        assert.ok(nearbyMetres(at, { lat: 31.2345, lng: 121.4758 }) < 100, e.id);
        continue;
      }
      const found = stretchOf(e.venue.address, e.venue.district, at);
      assert.ok(found && found.metres <= ROADSIDE_M, `${e.id} ${e.venue.address}`);
    }
  });
});

describe('phones', () => {
  test('no seeded number can ring a subscriber: 021-0XXXXXXX (a local number never begins with the trunk prefix 0), or the union hotline 12351', () => {
    const phones = [...seed.servicePoints.map((p) => p.phone), ...seed.organisations.map((o) => o.phone)].filter((x): x is string => x !== null);
    assert.ok(phones.length > 300);
    for (const phone of phones) {
      if (phone === '12351') continue;
      assert.match(phone, /^021-0\d{7}$/);
      assert.match(phone, SANDBOX_PHONE);
    }
    assert.ok(!SANDBOX_PHONE.test('021-54881234'), 'a real-looking Shanghai number is refused');
  });
});

describe('meals', () => {
  /** When a meal called so may be served: [earliest opening, latest opening, latest closing]. */
  const RULES: readonly [RegExp, string, string, string][] = [
    [/早餐|早点/, '05:30', '09:30', '10:30'],
    [/午餐|午饭/, '10:00', '14:00', '16:30'],
    [/下午茶|点心/, '14:00', '16:00', '17:30'],
    [/晚餐|晚饭/, '16:30', '19:00', '21:00'],
    [/夜宵/, '20:00', '23:30', '24:00'],
  ];

  test('a meal named for a time of day is served only then, and only while the point is open', () => {
    let named = 0;
    for (const p of seed.servicePoints) {
      for (const m of p.mealOffers) {
        assert.ok(m.windows.length > 0, p.id);
        for (const w of m.windows) {
          assert.ok(servedWithinHours(w, p.openingHours), `${p.id} ${m.title} ${w.opens}-${w.closes} outside the hours`);
          for (const [re, earliest, latestOpen, latestClose] of RULES) {
            if (!re.test(m.title)) continue;
            named++;
            assert.ok(
              minutes(w.opens) >= minutes(earliest) && minutes(w.opens) <= minutes(latestOpen) && minutes(w.closes) <= minutes(latestClose),
              `${p.id} ${m.title} served ${w.opens}-${w.closes}`,
            );
          }
        }
      }
    }
    assert.ok(named > 20, 'the seed has meals named for a time of day');
  });

  test('free 爱心餐 at some canteens, each with a daily quota; paid meals carry none', () => {
    const eateries = seed.servicePoints.filter((p) => p.type === 'canteen' || p.type === 'community_dining');
    const free = eateries.filter((p) => p.mealOffers.some((m) => m.priceFen === 0));
    assert.ok(free.length >= 10 && free.length < eateries.length / 2, `${free.length} of ${eateries.length}`);
    for (const p of eateries) {
      for (const m of p.mealOffers) {
        if (m.priceFen === 0) assert.ok(Number.isInteger(m.dailyQuota) && m.dailyQuota! >= 1 && m.dailyQuota! <= 100 && /爱心/.test(m.title), `${p.id} ${m.title}`);
        else assert.equal(m.dailyQuota, undefined, `${p.id} ${m.title}`);
      }
    }
  });
});

describe('events fit their venue and the season', () => {
  const patterns = Object.entries(VENUE_HOURS).map(([pattern, hours]) => {
    const source = pattern.replace(/[()（）]/g, '\\$&').replace('{dn}', '(?:.+区)').replace('{place}', '.+');
    return { pattern, hours, re: new RegExp(`^${source}$`) };
  });
  const wall = (iso: string) => ({ date: iso.slice(0, 10), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)), minute: minutes(iso.slice(11, 16)) });
  const weekday = (date: string): number => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

  // One `now` in each month of a year, so that every season is seen.
  const nows = Array.from({ length: 12 }, (_, i) => new Date(`2027-${String(i + 1).padStart(2, '0')}-10T09:00:00+08:00`));
  for (const now of [NOW, ...nows]) {
    test(`venue hours, the heat and the dark, camps in their season (now ${now.toISOString().slice(0, 10)})`, () => {
      const events = now === NOW ? seed.events : createSeed({ now }).events;
      for (const e of events) {
        const matches = patterns.filter((p) => p.re.test(e.venue.name));
        assert.equal(matches.length, 1, `${e.id} ${e.venue.name}: ${matches.map((m) => m.pattern).join(', ')}`);
        const { hours } = matches[0]!;
        const start = wall(e.startsAt);
        const end = wall(e.endsAt);
        assert.equal(start.date, end.date, `${e.id} ends another day`);
        assert.ok(hours.days.includes(weekday(start.date)), `${e.id} at ${e.venue.name} on a day it is closed (${start.date})`);
        assert.ok(start.minute >= hours.opens && end.minute <= hours.closes, `${e.id} ${e.startsAt}–${e.endsAt} outside ${e.venue.name}'s hours`);
        if (hours.outdoor) {
          if (start.month >= 6 && start.month <= 9) assert.ok(end.minute <= minutes('10:30') || start.minute >= minutes('16:00'), `${e.id} outdoors in the midday heat`);
          if (start.month >= 11 || start.month <= 2) assert.ok(end.minute <= minutes('17:00'), `${e.id} outdoors after dark`);
        }
        if (/夏令营/.test(e.title)) assert.ok(start.month >= 6 && start.month <= 8, `${e.id} a summer camp in month ${start.month}`);
        if (/冬令营/.test(e.title)) assert.ok(start.month === 12 || start.month <= 2, `${e.id} a winter camp in month ${start.month}`);
        if (/寒假/.test(e.title)) assert.ok(start.month <= 2, e.id);
        if (/暑期/.test(e.title)) assert.ok(start.month === 7 || start.month === 8, e.id);
        if (/周末/.test(e.title)) assert.ok(weekday(start.date) >= 6, `${e.id} a weekend camp on a weekday`);
        if (/令营/.test(e.title)) assert.match(e.title, /寒假|暑期|周末/);
      }
    });
  }
});

describe('driver homes', () => {
  const homes = seed.servicePoints.filter((p) => p.type === 'driver_home');

  test('司机之家 stand where lorries can park: on a lorries’ road beyond the centre, with truck parking', () => {
    assert.ok(homes.length >= 15);
    for (const p of homes) {
      const found = stretchOf(p.address, p.district, p.location)!;
      assert.ok(found.stretch.trucks, `${p.id} on ${found.stretch.road}, where lorries do not go`);
      assert.ok(p.amenities.includes('truck_parking'), p.id);
      assert.ok(nearbyMetres(p.location, PEOPLES_SQUARE) >= 8000, `${p.id} is in the city centre`);
      assert.ok(!['310101', '310109'].includes(p.district), p.id);
    }
  });

  test('most have chargers for electric vehicles', () => {
    const charging = homes.filter((p) => p.amenities.includes('ev_charging'));
    assert.ok(charging.length >= homes.length / 2, `${charging.length} of ${homes.length}`);
  });
});

describe('new types and amenities in realistic numbers', () => {
  const points = seed.servicePoints;

  test('affordable housing: tens of places, each with beds and a monthly rent; no other point has either', () => {
    const housing = points.filter((p) => p.type === 'affordable_housing');
    assert.ok(housing.length >= 16 && housing.length < 100, `${housing.length}`);
    for (const p of housing) {
      assert.ok(Number.isInteger(p.beds) && p.beds! >= 10 && p.beds! <= 2000, `${p.id} ${p.beds}`);
      assert.ok(Number.isInteger(p.monthlyRentFen) && p.monthlyRentFen! > 0 && p.monthlyRentFen! <= 300_000, `${p.id} ${p.monthlyRentFen}`);
      assert.match(p.name, /城市建设者管理者之家|保障性租赁住房/);
    }
    for (const p of points.filter((x) => x.type !== 'affordable_housing')) assert.ok(p.beds === undefined && p.monthlyRentFen === undefined, p.id);
  });

  test('reading corners at some rest stations, temporary parking and EV charging where they belong', () => {
    const stations = points.filter((p) => p.type === 'rest_station');
    const reading = stations.filter((p) => p.amenities.includes('reading_corner'));
    assert.ok(reading.length >= 5 && reading.length < stations.length / 2, `${reading.length} of ${stations.length}`);
    assert.ok(points.some((p) => p.amenities.includes('temporary_parking')));
    for (const p of points.filter((x) => x.amenities.includes('ev_charging'))) assert.equal(p.type, 'driver_home', p.id);
  });
});
