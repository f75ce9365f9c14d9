/**
 * The service points: in each district, beside real roads of its streets and towns (`./roads.ts`),
 * named after the street or town they are in; 司机之家 only where lorries can park; meals whose names
 * fit their serving times (`./meals.ts`); phones that cannot ring anyone (`randomPhone`).
 *
 * Sandbox figures, not real ones: how many points of each type a district has, the meal prices and
 * quotas, and the beds and rents of affordable housing (城市建设者管理者之家: 50–300 beds at ¥300–¥900
 * a bed a month; 保障性租赁住房 dormitories: 200–1,200 beds at ¥900–¥1,800).
 */
import { zAmenity, zServicePointType } from '@unionkit/contract/schemas';
import type { Amenity, DistrictCode, OpeningHours, ServicePoint, ServicePointType, TimeInterval } from '@unionkit/contract';
import type { SeedServicePoint } from '../store/types.js';
import { districts, type Street } from './divisions.js';
import { districtNameEn, districtShortNameEn, placeNameEn, streetNameEn } from './english.js';
import { district, districtShortName, placeBeside, placeName, randomPhone, stretchAddress } from './geography.js';
import { MEAL_TITLE_EN, mealOffers } from './meals.js';
import type { Random } from './random.js';
import { districtStretches, type RoadStretch } from './roads.js';
import { addDays, formatDate } from './time.js';

export type { SeedServicePoint } from '../store/types.js';

/** A text in Chinese and English. */
type Pair = readonly [zh: string, en: string];

/** Every service point type of the contract. */
export const SERVICE_POINT_TYPES: readonly ServicePointType[] = zServicePointType.options;

/** Every amenity of the contract. */
export const AMENITIES: readonly Amenity[] = zAmenity.options;

/** The "6+X" base every 户外职工爱心接力站 has. */
export const REST_STATION_BASE: readonly Amenity[] = [
  'air_conditioning',
  'fridge',
  'microwave',
  'hot_water',
  'phone_charging',
  'seating',
];

export { MEAL_WINDOWS } from './meals.js';

const CENTRAL: ReadonlySet<DistrictCode> = new Set(['310101', '310104', '310105', '310106', '310107', '310109', '310110']);

/**
 * How many points of each type a district gets (sandbox figures). 司机之家 stand on the district's
 * stretches that lorries reach, one per such street or town, at most one in the central districts
 * (none in 黄浦 and 虹口), two further out, three in 浦东.
 */
function typeCounts(code: DistrictCode, truckStreets: number): Record<ServicePointType, number> {
  const pudong = code === '310115';
  return {
    rest_station: pudong ? 16 : 8,
    driver_home: Math.min(truckStreets, CENTRAL.has(code) ? 1 : pudong ? 3 : 2),
    canteen: pudong ? 5 : 3,
    community_dining: pudong ? 5 : 3,
    mediation_room: 2,
    legal_aid: 1,
    health_check: pudong ? 2 : 1,
    fitness: 2,
    affordable_housing: CENTRAL.has(code) ? 1 : pudong ? 4 : 2,
  };
}

const iv = (opens: string, closes: string): TimeInterval => ({ opens, closes });
const ALL_DAY = iv('00:00', '24:00');

function week(days: readonly number[], intervals: readonly TimeInterval[]): OpeningHours['weekly'] {
  return days.map((day) => ({ day, intervals: intervals.map((i) => ({ ...i })) }));
}
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

function hours(open24Hours: boolean, weekly: OpeningHours['weekly']): OpeningHours {
  return { open24Hours, weekly, closures: [] };
}
const open24 = (): OpeningHours => hours(true, week(EVERY_DAY, [ALL_DAY]));

function openingHours(rng: Random, type: ServicePointType): OpeningHours {
  switch (type) {
    case 'rest_station':
      return rng.weighted<() => OpeningHours>([
        [open24, 3],
        [() => hours(false, week(EVERY_DAY, [iv('07:00', '11:00'), iv('13:00', '21:00')])), 3],
        [() => hours(false, [...week(WEEKDAYS, [iv('08:00', '12:00'), iv('13:30', '20:00')]), ...week([6, 7], [iv('09:00', '17:00')])]), 2],
        [() => hours(false, week(EVERY_DAY, [iv('06:30', '10:30'), iv('11:00', '14:00'), iv('16:00', '22:00')])), 2],
      ])();
    case 'driver_home':
      return rng.chance(0.7) ? open24() : hours(false, week(EVERY_DAY, [iv('06:00', '12:00'), iv('13:00', '23:00')]));
    case 'canteen':
      return rng.chance(0.6)
        ? hours(false, week(EVERY_DAY, [iv('06:30', '09:30'), iv('10:00', '16:30'), iv('17:00', '22:00')]))
        : hours(false, [
            ...week(WEEKDAYS, [iv('06:30', '09:30'), iv('10:00', '16:30'), iv('17:00', '22:00')]),
            ...week([6], [iv('10:00', '16:30')]),
          ]);
    case 'community_dining':
      return hours(false, week(rng.chance(0.7) ? EVERY_DAY : [1, 2, 3, 4, 5, 6], [iv('10:00', '13:00'), iv('14:00', '18:30')]));
    case 'mediation_room':
      return hours(false, [
        ...week(WEEKDAYS, [iv('09:00', '11:30'), iv('13:30', '17:00')]),
        ...(rng.chance(0.4) ? week([6], [iv('09:00', '12:00')]) : []),
      ]);
    case 'legal_aid':
      return hours(false, week(WEEKDAYS, [iv('09:00', '12:00'), iv('13:00', '17:00')]));
    case 'health_check':
      return hours(false, week([1, 2, 3, 4, 5, 6], [iv('08:00', '11:30'), iv('13:00', '16:00')]));
    case 'fitness':
      return hours(false, week(EVERY_DAY, [iv('06:00', '09:00'), iv('11:30', '13:30'), iv('17:00', '22:00')]));
    case 'affordable_housing':
      return open24();
  }
}

const TYPE_AMENITIES: Readonly<Record<ServicePointType, { base: readonly Amenity[]; extra: readonly Amenity[]; extras: [number, number] }>> = {
  rest_station: {
    base: REST_STATION_BASE,
    extra: ['ebike_charging', 'toilet', 'wifi', 'first_aid', 'blood_pressure_monitor', 'laundry', 'reading_corner'],
    extras: [1, 4],
  },
  driver_home: {
    base: ['truck_parking', 'shower', 'toilet', 'hot_water', 'seating', 'phone_charging'],
    extra: ['air_conditioning', 'microwave', 'fridge', 'wifi', 'laundry', 'first_aid'],
    extras: [2, 5],
  },
  canteen: {
    base: ['air_conditioning', 'seating', 'hot_water'],
    extra: ['toilet', 'wifi', 'phone_charging', 'microwave', 'temporary_parking'],
    extras: [1, 3],
  },
  community_dining: { base: ['air_conditioning', 'seating', 'hot_water'], extra: ['toilet', 'wifi', 'phone_charging'], extras: [0, 2] },
  mediation_room: { base: ['air_conditioning', 'seating', 'hot_water'], extra: ['wifi', 'toilet'], extras: [0, 2] },
  legal_aid: { base: ['air_conditioning', 'seating', 'hot_water', 'wifi'], extra: ['toilet', 'phone_charging'], extras: [0, 2] },
  health_check: {
    base: ['air_conditioning', 'seating', 'blood_pressure_monitor', 'first_aid'],
    extra: ['toilet', 'hot_water', 'wifi'],
    extras: [1, 3],
  },
  fitness: { base: ['air_conditioning', 'toilet', 'hot_water'], extra: ['shower', 'seating', 'wifi', 'first_aid'], extras: [1, 3] },
  affordable_housing: {
    base: ['air_conditioning', 'hot_water', 'shower', 'toilet', 'wifi', 'laundry'],
    extra: ['ebike_charging', 'fridge', 'microwave', 'reading_corner', 'temporary_parking'],
    extras: [1, 3],
  },
};

function amenities(rng: Random, type: ServicePointType): Amenity[] {
  const spec = TYPE_AMENITIES[type];
  const chosen = new Set<Amenity>([...spec.base, ...rng.sample(spec.extra, rng.int(...spec.extras))]);
  // Most 司机之家 have chargers for electric lorries and vans; a few 接力站 a place to stop the scooter.
  if (type === 'driver_home' && rng.chance(0.75)) chosen.add('ev_charging');
  if (type === 'driver_home') chosen.add('temporary_parking');
  if (type === 'rest_station' && rng.chance(0.15)) chosen.add('temporary_parking');
  return AMENITIES.filter((a) => chosen.has(a));
}

function pointName(rng: Random, type: ServicePointType, code: DistrictCode, street: Street, index: number): Pair {
  const dn = district(code).name;
  const dnEn = districtNameEn(code);
  const short = districtShortName(code);
  const place = placeName(street);
  const placeEn = placeNameEn(street);
  const full = street.name;
  const fullEn = streetNameEn(street);
  switch (type) {
    case 'rest_station':
      return rng.weighted<Pair>([
        [[`${dn}${place}户外职工爱心接力站`, `${placeEn} Outdoor Workers' Relay Station, ${dnEn}`], 5],
        [[`${place}新就业形态劳动者暖心驿站`, `${placeEn} Gig Workers' Warm Station`], 2],
        [[`${place}骑手友好驿站`, `${placeEn} Rider-Friendly Station`], 1],
        [[`${place}党群服务站爱心接力站`, `${placeEn} Community Service Station Relay Point`], 2],
      ]);
    case 'driver_home':
      return [`司机之家（${short}${place}）`, `Drivers' Home (${districtShortNameEn(code)}, ${placeEn})`];
    case 'canteen':
      return rng.pick<Pair>([
        [`${place}职工食堂`, `${placeEn} Workers' Canteen`],
        [`${place}园区职工餐厅`, `${placeEn} Park Workers' Restaurant`],
        [`${place}党群服务中心爱心食堂`, `${placeEn} Community Centre Care Canteen`],
        [`${place}楼宇错峰食堂`, `${placeEn} Office Block Off-Peak Canteen`],
      ]);
    case 'community_dining':
      return rng.pick<Pair>([
        [`${place}社区长者食堂`, `${placeEn} Community Seniors' Canteen`],
        [`${place}社区食堂`, `${placeEn} Community Canteen`],
        [`${place}邻里中心社区餐厅`, `${placeEn} Neighbourhood Centre Restaurant`],
      ]);
    case 'mediation_room':
      return rng.pick<Pair>([
        [`${full}职工劳动争议调解室`, `${fullEn} Labour Dispute Mediation Room`],
        [`${full}新就业形态劳动争议调解工作室`, `${fullEn} Gig Work Dispute Mediation Studio`],
        [`${full}“工会枫桥”调解室`, `${fullEn} "Union Fengqiao" Mediation Room`],
      ]);
    case 'legal_aid':
      return index === 0
        ? [`${dn}总工会职工法律援助中心`, `${dnEn} Federation of Trade Unions Legal Aid Centre`]
        : [`${full}职工法律服务站`, `${fullEn} Workers' Legal Service Point`];
    case 'health_check':
      return rng.pick<Pair>([
        [`${place}职工健康驿站`, `${placeEn} Workers' Health Station`],
        [`${place}爱心义诊服务点`, `${placeEn} Free Clinic Point`],
        [`${dn}职工健康服务中心（${place}）`, `${dnEn} Workers' Health Centre (${placeEn})`],
      ]);
    case 'fitness':
      return rng.pick<Pair>([
        [`${place}职工健身驿站`, `${placeEn} Workers' Fitness Station`],
        [`${place}新就业形态劳动者健身角`, `${placeEn} Gig Workers' Fitness Corner`],
      ]);
    case 'affordable_housing':
      return index % 2 === 0
        ? [`${place}新时代城市建设者管理者之家`, `${placeEn} New Era Builders' Home`]
        : [`${place}保障性租赁住房（宿舍型）`, `${placeEn} Affordable Rental Housing (dormitory)`];
  }
}

/** Beds and the monthly rent of one bed (sandbox figures, see the file header). */
function housing(rng: Random, index: number): Pick<ServicePoint, 'beds' | 'monthlyRentFen'> {
  return index % 2 === 0
    ? { beds: rng.int(5, 30) * 10, monthlyRentFen: rng.int(6, 18) * 5_000 }
    : { beds: rng.int(20, 120) * 10, monthlyRentFen: rng.int(18, 36) * 5_000 };
}

/** The stretch a point of this type stands on in the street: lorries' stretches for 司机之家, others' for the rest where there are any. */
function stretchFor(rng: Random, type: ServicePointType, here: readonly RoadStretch[]): RoadStretch {
  const wanted = here.filter((s) => s.trucks === (type === 'driver_home'));
  return rng.pick(wanted.length ? wanted : here);
}

const CLOSURE_REASONS = ['设备检修', '场地消杀', '电路改造', '内部培训', '节假日调整'];
const REFURBISHMENT = '装修改造，暂停开放';
const CLOSURE_REASON_EN: Readonly<Record<string, string>> = {
  设备检修: 'Equipment maintenance',
  场地消杀: 'Disinfection',
  电路改造: 'Electrical work',
  内部培训: 'Staff training',
  节假日调整: 'Holiday schedule',
  [REFURBISHMENT]: 'Closed for refurbishment',
};

/** A point's text in English: name and address as drawn, meal titles and closure reasons translated. */
function english(point: Omit<SeedServicePoint, 'en'>, name: string, address: string): SeedServicePoint['en'] {
  const translate = (table: ReadonlyMap<string, string> | Readonly<Record<string, string>>, zh: string): string => {
    const en = table instanceof Map ? table.get(zh) : (table as Record<string, string>)[zh];
    if (en === undefined) throw new Error(`no English for ${zh}`);
    return en;
  };
  return {
    name,
    address,
    openingHours: {
      ...point.openingHours,
      closures: point.openingHours.closures.map((c) => ({ ...c, reason: translate(CLOSURE_REASON_EN, c.reason) })),
    },
    mealOffers: point.mealOffers.map((m) => ({ ...m, title: translate(MEAL_TITLE_EN, m.title) })),
  };
}

export function createServicePoints(rng: Random, now: Date): SeedServicePoint[] {
  const drafts: { point: Omit<SeedServicePoint, 'en'>; nameEn: string; addressEn: string }[] = [];
  for (const d of districts) {
    const local = rng.fork(d.code);
    const byStreet = districtStretches(d.code);
    const places = [...byStreet.keys()];
    const truckPlaces = places.filter((st) => byStreet.get(st)!.some((s) => s.trucks));
    const counts = typeCounts(d.code, truckPlaces.length);
    let n = 0;
    for (const type of SERVICE_POINT_TYPES) {
      const candidates = type === 'driver_home' ? truckPlaces : places;
      if (counts[type] === 0) continue;
      const offset = local.int(0, candidates.length - 1);
      for (let k = 0; k < counts[type]; k++) {
        const street = candidates[(offset + k) % candidates.length]!;
        const stretch = stretchFor(local, type, byStreet.get(street)!);
        const id = `sp_${d.code}_${String(++n).padStart(3, '0')}`;
        const [name, nameEn] = pointName(local, type, d.code, street, k);
        const openingHoursValue = openingHours(local, type);
        if (local.chance(0.08)) {
          const from = local.int(1, 20);
          openingHoursValue.closures.push({
            from: formatDate(addDays(now, from)),
            to: formatDate(addDays(now, from + local.int(0, 2))),
            reason: local.pick(CLOSURE_REASONS),
          });
        }
        const address = stretchAddress(local, stretch);
        drafts.push({
          point: {
            id,
            type,
            name,
            address: address.zh,
            district: d.code,
            location: placeBeside(local, stretch),
            openingHours: openingHoursValue,
            amenities: amenities(local, type),
            mealOffers: mealOffers(local, type, openingHoursValue),
            phone: local.chance(type === 'rest_station' ? 0.6 : 0.9) ? randomPhone(local) : null,
            status: 'operating',
            ...(type === 'affordable_housing' ? housing(local, k) : {}),
          },
          nameEn,
          addressEn: address.en,
        });
      }
    }
  }
  // A few points are temporarily closed for refurbishment, with a closure that covers today.
  for (const { point } of rng.sample(drafts, 6)) {
    point.status = 'temporarily_closed';
    point.openingHours.closures = [
      { from: formatDate(addDays(now, -rng.int(3, 20))), to: formatDate(addDays(now, rng.int(10, 40))), reason: REFURBISHMENT },
    ];
  }
  // Names are unique: a place name shared by two districts (虹桥街道, 虹桥镇) gets its district's
  // short name in front; a name repeated within a district gets a number. The same for the English.
  const seen = new Set<string>();
  return drafts.map(({ point, nameEn, addressEn }) => {
    let name = point.name;
    let en = nameEn;
    const code = point.district as DistrictCode; // the seed's own districts, all in the contract
    if (seen.has(name) && !name.startsWith(district(code).name)) {
      name = `${districtShortName(code)}${name}`;
      en = `${districtShortNameEn(code)} ${nameEn}`;
    }
    for (let k = 2; seen.has(name); k++) {
      name = `${point.name}（${k}）`;
      en = `${nameEn} (${k})`;
    }
    seen.add(name);
    const final = { ...point, name };
    return { ...final, en: english(final, en, addressEn) };
  });
}
