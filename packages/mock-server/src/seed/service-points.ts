import { zAmenity, zServicePointType } from '@unionkit/sdk/schemas';
import type {
  Amenity,
  DistrictCode,
  MealOffer,
  OpeningHours,
  ServicePoint,
  ServicePointType,
  TimeInterval,
} from '@unionkit/sdk/types';
import { districts } from './divisions.js';
import { district, districtShortName, districtStreets, placeName, randomAddress, randomPhone, randomPoint } from './geography.js';
import type { Random } from './random.js';
import { addDays, formatDate } from './time.js';

export type SeedServicePoint = Omit<ServicePoint, 'distanceM' | 'openNow'>;

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

/** Off-peak windows of the discounted meals (错峰). */
export const MEAL_WINDOWS = {
  lateMorning: { opens: '10:00', closes: '11:00' },
  afternoon: { opens: '14:00', closes: '16:30' },
  evening: { opens: '20:00', closes: '22:00' },
} as const satisfies Record<string, TimeInterval>;

const CENTRAL: ReadonlySet<DistrictCode> = new Set(['310101', '310104', '310105', '310106', '310107', '310109', '310110']);

/** How many points of each type a district gets. */
function typeCounts(code: DistrictCode): Record<ServicePointType, number> {
  const pudong = code === '310115';
  return {
    rest_station: pudong ? 16 : 8,
    driver_home: CENTRAL.has(code) ? 1 : pudong ? 3 : 2,
    canteen: pudong ? 5 : 3,
    community_dining: pudong ? 5 : 3,
    mediation_room: 2,
    legal_aid: 1,
    health_check: pudong ? 2 : 1,
    fitness: 2,
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
  }
}

const TYPE_AMENITIES: Readonly<Record<ServicePointType, { base: readonly Amenity[]; extra: readonly Amenity[]; extras: [number, number] }>> = {
  rest_station: {
    base: REST_STATION_BASE,
    extra: ['ebike_charging', 'toilet', 'wifi', 'first_aid', 'blood_pressure_monitor', 'laundry'],
    extras: [1, 4],
  },
  driver_home: {
    base: ['truck_parking', 'shower', 'toilet', 'hot_water', 'seating', 'phone_charging'],
    extra: ['air_conditioning', 'microwave', 'fridge', 'wifi', 'laundry', 'first_aid'],
    extras: [2, 5],
  },
  canteen: { base: ['air_conditioning', 'seating', 'hot_water'], extra: ['toilet', 'wifi', 'phone_charging', 'microwave'], extras: [1, 3] },
  community_dining: { base: ['air_conditioning', 'seating', 'hot_water'], extra: ['toilet', 'wifi', 'phone_charging'], extras: [0, 2] },
  mediation_room: { base: ['air_conditioning', 'seating', 'hot_water'], extra: ['wifi', 'toilet'], extras: [0, 2] },
  legal_aid: { base: ['air_conditioning', 'seating', 'hot_water', 'wifi'], extra: ['toilet', 'phone_charging'], extras: [0, 2] },
  health_check: {
    base: ['air_conditioning', 'seating', 'blood_pressure_monitor', 'first_aid'],
    extra: ['toilet', 'hot_water', 'wifi'],
    extras: [1, 3],
  },
  fitness: { base: ['air_conditioning', 'toilet', 'hot_water'], extra: ['shower', 'seating', 'wifi', 'first_aid'], extras: [1, 3] },
};

function amenities(rng: Random, type: ServicePointType): Amenity[] {
  const spec = TYPE_AMENITIES[type];
  const chosen = new Set<Amenity>([...spec.base, ...rng.sample(spec.extra, rng.int(...spec.extras))]);
  return AMENITIES.filter((a) => chosen.has(a));
}

const MEAL_TITLES: Readonly<Record<'canteen' | 'community_dining', readonly string[]>> = {
  canteen: ['新就业形态劳动者爱心套餐（两荤一素）', '骑手暖心午餐', '错峰优惠套餐', '小哥加油面', '晚间暖心夜宵套餐'],
  community_dining: ['长者食堂助餐套餐（职工价）', '社区暖心套餐（一荤两素）', '骑手错峰午餐', '下午茶点心套餐'],
};

function mealOffers(rng: Random, type: ServicePointType): MealOffer[] {
  if (type !== 'canteen' && type !== 'community_dining') return [];
  const windows: TimeInterval[] =
    type === 'canteen'
      ? rng.pick([[MEAL_WINDOWS.lateMorning, MEAL_WINDOWS.afternoon], [MEAL_WINDOWS.afternoon, MEAL_WINDOWS.evening], [MEAL_WINDOWS.lateMorning]])
      : rng.pick([[MEAL_WINDOWS.lateMorning, MEAL_WINDOWS.afternoon], [MEAL_WINDOWS.afternoon]]);
  const titles = rng.sample(MEAL_TITLES[type], rng.int(1, 2));
  return titles.map((title) => ({
    title,
    priceFen: rng.int(20, 30) * 50, // ¥10.00–¥15.00 in 5-jiao steps
    windows: rng.chance(0.5) || windows.length === 1 ? windows.map((w) => ({ ...w })) : [{ ...rng.pick(windows) }],
  }));
}

function pointName(rng: Random, type: ServicePointType, code: DistrictCode, place: string, full: string, index: number): string {
  const dn = district(code).name;
  const short = districtShortName(code);
  switch (type) {
    case 'rest_station':
      return rng.weighted([
        [`${dn}${place}户外职工爱心接力站`, 5],
        [`${place}新就业形态劳动者暖心驿站`, 2],
        [`${place}骑手友好驿站`, 1],
        [`${place}党群服务站爱心接力站`, 2],
      ]);
    case 'driver_home':
      return `司机之家（${short}${place}）`;
    case 'canteen':
      return rng.pick([`${place}职工食堂`, `${place}园区职工餐厅`, `${place}党群服务中心爱心食堂`, `${place}楼宇错峰食堂`]);
    case 'community_dining':
      return rng.pick([`${place}社区长者食堂`, `${place}社区食堂`, `${place}邻里中心社区餐厅`]);
    case 'mediation_room':
      return rng.pick([`${full}职工劳动争议调解室`, `${full}新就业形态劳动争议调解工作室`, `${full}“工会枫桥”调解室`]);
    case 'legal_aid':
      return index === 0 ? `${dn}总工会职工法律援助中心` : `${full}职工法律服务站`;
    case 'health_check':
      return rng.pick([`${place}职工健康驿站`, `${place}爱心义诊服务点`, `${dn}职工健康服务中心（${place}）`]);
    case 'fitness':
      return rng.pick([`${place}职工健身驿站`, `${place}新就业形态劳动者健身角`]);
  }
}

const CLOSURE_REASONS = ['设备检修', '场地消杀', '电路改造', '内部培训', '节假日调整'];

export function createServicePoints(rng: Random, now: Date): SeedServicePoint[] {
  const points: SeedServicePoint[] = [];
  for (const d of districts) {
    const local = rng.fork(d.code);
    const places = districtStreets(d.code);
    const counts = typeCounts(d.code);
    let n = 0;
    for (const type of SERVICE_POINT_TYPES) {
      const offset = local.int(0, places.length - 1);
      for (let k = 0; k < counts[type]; k++) {
        const street = places[(offset + k) % places.length]!;
        const id = `sp_${d.code}_${String(++n).padStart(3, '0')}`;
        const name = pointName(local, type, d.code, placeName(street), street.name, k);
        const openingHoursValue = openingHours(local, type);
        if (local.chance(0.08)) {
          const from = local.int(1, 20);
          openingHoursValue.closures.push({
            from: formatDate(addDays(now, from)),
            to: formatDate(addDays(now, from + local.int(0, 2))),
            reason: local.pick(CLOSURE_REASONS),
          });
        }
        points.push({
          id,
          type,
          name,
          address: randomAddress(local, d.code),
          district: d.code,
          location: randomPoint(local, d.code),
          openingHours: openingHoursValue,
          amenities: amenities(local, type),
          mealOffers: mealOffers(local, type),
          phone: local.chance(type === 'rest_station' ? 0.6 : 0.9) ? randomPhone(local) : null,
          status: 'operating',
        });
      }
    }
  }
  // A few points are temporarily closed for refurbishment, with a closure that covers today.
  for (const point of rng.sample(points, 6)) {
    point.status = 'temporarily_closed';
    point.openingHours.closures = [
      { from: formatDate(addDays(now, -rng.int(3, 20))), to: formatDate(addDays(now, rng.int(10, 40))), reason: '装修改造，暂停开放' },
    ];
  }
  // Names are unique: a place name shared by two districts (虹桥街道, 虹桥镇) gets its district's
  // short name in front; a name repeated within a district gets a number.
  const seen = new Set<string>();
  for (const point of points) {
    let name = point.name;
    if (seen.has(name) && !name.startsWith(district(point.district).name)) name = `${districtShortName(point.district)}${name}`;
    for (let k = 2; seen.has(name); k++) name = `${point.name}（${k}）`;
    seen.add(name);
    point.name = name;
  }
  return points;
}
