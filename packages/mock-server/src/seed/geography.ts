import type { DistrictCode, GeoPoint } from '@unionkit/contract';
import { districts, streets, type District, type Street } from './divisions.js';
import { districtNameEn, roadEn, streetNameEn } from './english.js';
import { ROAD_STRETCHES, type RoadStretch } from './roads.js';
import type { Random } from './random.js';

/** The roads of each district that the seed's addresses use: those of `./roads.ts`. */
export const DISTRICT_ROADS: Readonly<Record<DistrictCode, readonly string[]>> = Object.fromEntries(
  districts.map((d) => [d.code, [...new Set(ROAD_STRETCHES.filter((s) => s.district === d.code).map((s) => s.road))]]),
) as unknown as Record<DistrictCode, readonly string[]>;

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

/** Where a point stands: beside a stretch, at least 8 and at most 40 m off its line, away from its ends. */
export function placeBeside(rng: Random, s: RoadStretch): GeoPoint {
  const t = rng.float(0.1, 0.9);
  const k = Math.cos((s.from.lat * Math.PI) / 180);
  // The stretch's direction in metres, and the unit normal to it.
  const dx = (s.to.lng - s.from.lng) * k;
  const dy = s.to.lat - s.from.lat;
  const len = Math.hypot(dx, dy) || 1;
  const off = (rng.chance(0.5) ? 1 : -1) * rng.float(8, 40) / 111_195;
  return {
    lat: round6(s.from.lat + t * dy + (off * dx) / len),
    lng: round6(s.from.lng + (t * dx - (off * dy) / len) / k),
  };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function suffixOf(rng: Random, suffixes: readonly string[]): { zh: string; en: string } {
  const zh = rng.pick(suffixes);
  const en = SUFFIX_EN[zh];
  if (en === undefined) throw new Error(`no English for the address suffix ${zh}`);
  return { zh, en };
}

/**
 * An address on a stretch, in Chinese and English. With a known range of house numbers:
 * 上海市黄浦区南京东路353号2楼 / 2F, No. 353 East Nanjing Road, Huangpu District, Shanghai. Without,
 * the road and the street or town it runs through, and no number: 上海市嘉定区安亭镇曹安公路 /
 * Cao'an Highway, Anting Town, Jiading District, Shanghai.
 */
export function stretchAddress(rng: Random, s: RoadStretch, suffixes: readonly string[] = BUILDING_SUFFIXES): { zh: string; en: string } {
  // Without a house number, a suffix such as 1号楼 would read as one (打浦路1号楼 → 打浦路1号).
  const suffix = suffixOf(rng, s.numbers ? suffixes : suffixes.filter((x) => !/^\d+号/.test(x)));
  const dn = district(s.district).name;
  const tail = `${districtNameEn(s.district)}, Shanghai`;
  if (s.numbers) {
    const no = rng.int(s.numbers[0], s.numbers[1]);
    return {
      zh: `上海市${dn}${s.road}${no}号${suffix.zh}`,
      en: `${suffix.en ? `${suffix.en}, ` : ''}No. ${no} ${roadEn(s.road)}, ${tail}`,
    };
  }
  return {
    zh: `上海市${dn}${s.street.name}${s.road}${suffix.zh}`,
    en: `${suffix.en ? `${suffix.en}, ` : ''}${roadEn(s.road)}, ${streetNameEn(s.street)}, ${tail}`,
  };
}

/** An address in the district, on one of its stretches. */
export function randomAddress(rng: Random, code: DistrictCode, suffixes: readonly string[] = BUILDING_SUFFIXES): { zh: string; en: string } {
  return stretchAddress(rng, rng.pick(ROAD_STRETCHES.filter((s) => s.district === code)), suffixes);
}

/** An address in the street or town: on one of its stretches, or, where the table has none, the street's own name and no road. */
export function streetAddress(rng: Random, street: Street, suffixes: readonly string[]): { zh: string; en: string } {
  const here = ROAD_STRETCHES.filter((s) => s.street === street);
  if (here.length) return stretchAddress(rng, rng.pick(here), suffixes);
  const suffix = suffixOf(rng, suffixes);
  return {
    zh: `上海市${district(street.district).name}${street.name}${suffix.zh}`,
    en: `${suffix.en ? `${suffix.en}, ` : ''}${streetNameEn(street)}, ${districtNameEn(street.district)}, Shanghai`,
  };
}

/**
 * Seeded phone numbers cannot ring anyone: `021-0XXXXXXX`. A Shanghai local number has eight
 * digits and never begins with 0, which is China's long-distance (trunk) prefix, so no line can be
 * given such a number; dialled, the call fails. (Local numbers beginning with 1 are no better:
 * they lead to 110, 120, 12345 and other service numbers.) The one real number the seed gives is the
 * union's public hotline 12351.
 */
export const SANDBOX_PHONE = /^021-0\d{7}$/;

export function randomPhone(rng: Random): string {
  return `021-0${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}
