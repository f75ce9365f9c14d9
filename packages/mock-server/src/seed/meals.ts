/**
 * What canteens and community dining rooms serve, and when. A meal's name says when it is eaten
 * (早餐 in the morning, 午餐 at midday or a rider's late lunch, 晚餐 in the early evening, 夜宵 late,
 * 下午茶 in the afternoon), so each title lists the windows it may be served in, and a point serves a
 * meal only in windows that lie inside its opening hours on every day it opens.
 *
 * Prices are sandbox figures in the range of Shanghai's discounted workers' meals (¥10–¥15). Free
 * 爱心餐 — donated by a delivery platform or a caring business — cost nothing and carry a daily
 * quota (sandbox figures: 10–50 a day).
 */
import type { MealOffer, OpeningHours, ServicePointType, TimeInterval } from '@unionkit/contract';
import type { Random } from './random.js';

/** The windows meals are served in. */
export const MEAL_WINDOWS = {
  breakfast: { opens: '06:30', closes: '09:00' },
  lateMorning: { opens: '10:00', closes: '11:00' },
  afternoon: { opens: '14:00', closes: '16:30' },
  supper: { opens: '17:00', closes: '19:30' },
  evening: { opens: '20:00', closes: '22:00' },
} as const satisfies Record<string, TimeInterval>;

type WindowName = keyof typeof MEAL_WINDOWS;

interface Meal {
  zh: string;
  en: string;
  /** The windows this meal may be served in (its name fits them). */
  windows: readonly WindowName[];
}

const PAID: Readonly<Record<'canteen' | 'community_dining', readonly Meal[]>> = {
  canteen: [
    { zh: '新就业形态劳动者爱心套餐（两荤一素）', en: "Gig workers' care set meal (two meat dishes, one vegetable)", windows: ['lateMorning', 'afternoon', 'supper'] },
    { zh: '骑手暖心午餐', en: "Riders' warm lunch", windows: ['lateMorning', 'afternoon'] },
    { zh: '错峰优惠套餐', en: 'Off-peak discount set meal', windows: ['lateMorning', 'afternoon', 'evening'] },
    { zh: '小哥加油面', en: "Couriers' power noodles", windows: ['breakfast', 'lateMorning', 'afternoon', 'evening'] },
    { zh: '晚间暖心夜宵套餐', en: 'Late-night warm supper set', windows: ['evening'] },
    { zh: '职工暖心早餐', en: "Workers' warm breakfast", windows: ['breakfast'] },
    { zh: '骑手暖心晚餐', en: "Riders' warm dinner", windows: ['supper'] },
  ],
  community_dining: [
    { zh: '长者食堂助餐套餐（职工价）', en: "Seniors' canteen set meal (workers' price)", windows: ['lateMorning', 'afternoon'] },
    { zh: '社区暖心套餐（一荤两素）', en: 'Community set meal (one meat dish, two vegetables)', windows: ['lateMorning', 'afternoon'] },
    { zh: '骑手错峰午餐', en: "Riders' off-peak lunch", windows: ['lateMorning', 'afternoon'] },
    { zh: '下午茶点心套餐', en: 'Afternoon snack set', windows: ['afternoon'] },
  ],
};

/** Free meals (爱心餐) and the daily quota range of each. */
const FREE: readonly (Meal & { quota: readonly [number, number] })[] = [
  { zh: '骑手爱心午餐（平台捐赠，免费）', en: "Riders' free care lunch (donated by a platform)", windows: ['lateMorning', 'afternoon'], quota: [20, 50] },
  { zh: '爱心商户免费爱心餐', en: 'Free care meal from a caring business', windows: ['lateMorning', 'afternoon', 'supper'], quota: [10, 30] },
];

/** The English of every meal title. */
export const MEAL_TITLE_EN: ReadonlyMap<string, string> = new Map([...PAID.canteen, ...PAID.community_dining, ...FREE].map((m) => [m.zh, m.en]));

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Whether the window lies inside one of the point's intervals on every day it opens. */
export function servedWithinHours(window: TimeInterval, hours: OpeningHours): boolean {
  if (hours.open24Hours) return true;
  return hours.weekly.every((day) =>
    day.intervals.some((i) => minutes(i.opens) <= minutes(window.opens) && minutes(window.closes) <= minutes(i.closes)),
  );
}

function windowsFor(rng: Random, meal: Meal, hours: OpeningHours): TimeInterval[] {
  const fitting = meal.windows.filter((w) => servedWithinHours(MEAL_WINDOWS[w], hours));
  return rng.sample(fitting, rng.int(1, Math.min(2, fitting.length))).sort((a, b) => meal.windows.indexOf(a) - meal.windows.indexOf(b)).map((w) => ({ ...MEAL_WINDOWS[w] }));
}

/**
 * One or two discounted meals whose names fit the windows they are served in, and — at about two in
 * five canteens and one in five community dining rooms — a free 爱心餐 with a daily quota.
 */
export function mealOffers(rng: Random, type: ServicePointType, hours: OpeningHours): MealOffer[] {
  if (type !== 'canteen' && type !== 'community_dining') return [];
  const servable = (m: Meal) => m.windows.some((w) => servedWithinHours(MEAL_WINDOWS[w], hours));
  const offers: MealOffer[] = rng.sample(PAID[type].filter(servable), rng.int(1, 2)).map((meal) => ({
    title: meal.zh,
    priceFen: rng.int(20, 30) * 50, // ¥10.00–¥15.00 in 5-jiao steps
    windows: windowsFor(rng, meal, hours),
  }));
  if (rng.chance(type === 'canteen' ? 0.4 : 0.2)) {
    const free = rng.pick(FREE.filter(servable));
    offers.push({ title: free.zh, priceFen: 0, windows: windowsFor(rng, free, hours), dailyQuota: rng.int(...free.quota) });
  }
  return offers;
}
