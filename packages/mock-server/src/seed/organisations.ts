import type { DistrictCode, OrganisationKind } from '@unionkit/contract';
import type { SeedOrganisation } from '../store/types.js';
import { districts, type Street } from './divisions.js';
import { districtNameEn, streetNameEn } from './english.js';
import { districtShortName, districtStreets, randomAddress, randomPhone, streetAddress } from './geography.js';
import type { Random } from './random.js';

export type { SeedOrganisation } from '../store/types.js';

/** The sandbox's documented partner. */
export const DEMO_PLATFORM_ID = 'demo-delivery';

export const MUNICIPAL_ORG_ID = 'org_sh';

/** `org_310104` — the district union. */
export const districtOrgId = (code: DistrictCode): string => `org_${code}`;

/** `org_310104_platform_demo_delivery` — the Demo Delivery platform-enterprise union of a district. */
export const demoDeliveryOrgId = (code: DistrictCode): string => `org_${code}_platform_demo_delivery`;

/** `org_310104_joint_logistics` — the district's express & logistics joint union. */
export const logisticsJointOrgId = (code: DistrictCode): string => `org_${code}_joint_logistics`;

const STREET_KIND: Readonly<Record<Street['kind'], OrganisationKind>> = {
  subdistrict: 'street',
  new_area: 'street',
  town: 'town',
  township: 'town',
  special_area: 'park',
};

/**
 * `org_310104_street_310104003` (街道), `org_310114_town_310114102` (镇/乡),
 * `org_310104_park_310104501` (development zones, industrial parks, farms).
 */
export function streetOrgId(street: Street): string {
  return `org_${street.district}_${STREET_KIND[street.kind]}_${street.code}`;
}

function streetOrgName(street: Street): { zh: string; en: string } {
  return street.kind === 'special_area'
    ? { zh: `${street.name}工会联合会`, en: `${streetNameEn(street)} Trade Union Federation` }
    : { zh: `${street.name}总工会`, en: `${streetNameEn(street)} Federation of Trade Unions` };
}

/** An organisation with its name and address in Chinese and English (`nameEn` always set). */
function org(
  fields: Omit<SeedOrganisation, 'name' | 'nameEn' | 'address' | 'en'>,
  name: { zh: string; en: string },
  address: { zh: string; en: string },
): SeedOrganisation {
  return { ...fields, name: name.zh, nameEn: name.en, address: address.zh, en: { name: name.en, address: address.en } } as SeedOrganisation;
}

const SFTU_ADDRESS = { zh: '上海市黄浦区西藏中路120号', en: 'No. 120 Middle Xizang Road, Huangpu District, Shanghai' };

interface IndustryUnion {
  id: string;
  name: string;
  nameEn: string;
  /** Joint unions it leads, each in one district. */
  joint: readonly { id: string; name: string; nameEn: string; district: DistrictCode }[];
}

const INDUSTRY_UNIONS: readonly IndustryUnion[] = [
  {
    id: 'org_industry_transport',
    name: '上海市交通运输业工会',
    nameEn: 'Shanghai Transport Workers Union',
    joint: [
      { id: 'org_310112_joint_ride_hailing', name: '闵行区网约车驾驶员联合工会', nameEn: 'Minhang District Ride-Hailing Drivers Joint Trade Union', district: '310112' },
      { id: 'org_310114_joint_freight', name: '嘉定区货车司机联合工会', nameEn: 'Jiading District Truck Drivers Joint Trade Union', district: '310114' },
    ],
  },
  {
    id: 'org_industry_postal',
    name: '上海市邮政快递业工会',
    nameEn: 'Shanghai Postal and Express Delivery Workers Union',
    joint: [{ id: 'org_310115_joint_courier', name: '浦东新区快递员联合工会', nameEn: 'Pudong New Area Couriers Joint Trade Union', district: '310115' }],
  },
  {
    id: 'org_industry_domestic',
    name: '上海市家庭服务业工会联合会',
    nameEn: 'Shanghai Domestic Services Union Federation',
    joint: [{ id: 'org_310105_joint_domestic', name: '长宁区家政服务业联合工会', nameEn: 'Changning District Domestic Services Joint Trade Union', district: '310105' }],
  },
  {
    id: 'org_industry_internet',
    name: '上海市互联网行业工会联合会',
    nameEn: 'Shanghai Internet Industry Union Federation',
    joint: [{ id: 'org_310104_joint_content', name: '徐汇区网络主播联合工会', nameEn: 'Xuhui District Online Streamers Joint Trade Union', district: '310104' }],
  },
];

export const INDUSTRY_ORG_IDS: readonly string[] = INDUSTRY_UNIONS.map((u) => u.id);

export function createOrganisations(rng: Random): SeedOrganisation[] {
  const orgs: SeedOrganisation[] = [
    org(
      { id: MUNICIPAL_ORG_ID, kind: 'municipal', parentId: null, district: null, acceptsMembers: false, phone: '12351' },
      { zh: '上海市总工会', en: 'Shanghai Federation of Trade Unions' },
      SFTU_ADDRESS,
    ),
  ];
  for (const industry of INDUSTRY_UNIONS) {
    const address = randomAddress(rng, '310101', ['', '5楼', '8楼']);
    orgs.push(
      org(
        { id: industry.id, kind: 'industry', parentId: MUNICIPAL_ORG_ID, district: null, acceptsMembers: false, phone: randomPhone(rng) },
        { zh: industry.name, en: industry.nameEn },
        address,
      ),
    );
  }
  for (const d of districts) {
    const short = districtShortName(d.code);
    const districtEn = districtNameEn(d.code);
    const districtAddress = randomAddress(rng, d.code, ['', '3楼', '职工服务中心']);
    orgs.push(
      org(
        { id: districtOrgId(d.code), kind: 'district', parentId: MUNICIPAL_ORG_ID, district: d.code, acceptsMembers: false, phone: randomPhone(rng) },
        { zh: `${d.name}总工会`, en: `${districtEn} Federation of Trade Unions` },
        districtAddress,
      ),
    );
    for (const street of districtStreets(d.code)) {
      const address = streetAddress(rng, street, ['党群服务中心', '社区事务受理中心2楼', '职工服务中心']);
      orgs.push(
        org(
          { id: streetOrgId(street), kind: STREET_KIND[street.kind], parentId: districtOrgId(d.code), district: d.code, acceptsMembers: true, phone: randomPhone(rng) },
          streetOrgName(street),
          address,
        ),
      );
    }
    const platformAddress = randomAddress(rng, d.code, ['', 'Demo Delivery 站点', '1楼']);
    orgs.push(
      org(
        {
          id: demoDeliveryOrgId(d.code),
          kind: 'platform_enterprise',
          parentId: districtOrgId(d.code),
          district: d.code,
          acceptsMembers: true,
          platformIds: [DEMO_PLATFORM_ID],
          phone: randomPhone(rng),
        },
        { zh: `Demo Delivery ${short}站点工会联合会`, en: `Demo Delivery ${d.nameEn} Stations Union Federation` },
        platformAddress,
      ),
    );
    const jointAddress = randomAddress(rng, d.code);
    orgs.push(
      org(
        { id: logisticsJointOrgId(d.code), kind: 'joint', parentId: districtOrgId(d.code), district: d.code, acceptsMembers: true, phone: randomPhone(rng) },
        { zh: `${d.name}快递物流行业联合工会`, en: `${districtEn} Express and Logistics Joint Trade Union` },
        jointAddress,
      ),
    );
  }
  for (const industry of INDUSTRY_UNIONS) {
    for (const joint of industry.joint) {
      const address = randomAddress(rng, joint.district);
      orgs.push(
        org(
          { id: joint.id, kind: 'joint', parentId: industry.id, district: joint.district, acceptsMembers: true, phone: randomPhone(rng) },
          { zh: joint.name, en: joint.nameEn },
          address,
        ),
      );
    }
  }
  return orgs;
}
