import type { DistrictCode, OrganisationKind, UnionOrganisation } from '@unionkit/sdk/types';
import { districts, type Street } from './divisions.js';
import { districtShortName, districtStreets, randomAddress, randomPhone } from './geography.js';
import type { Random } from './random.js';

export type SeedOrganisation = Omit<UnionOrganisation, 'suggested'>;

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

function streetOrgName(street: Street): string {
  return street.kind === 'special_area' ? `${street.name}工会联合会` : `${street.name}总工会`;
}

interface IndustryUnion {
  id: string;
  name: string;
  nameEn: string;
  /** Joint unions it leads, each in one district. */
  joint: readonly { id: string; name: string; district: DistrictCode }[];
}

const INDUSTRY_UNIONS: readonly IndustryUnion[] = [
  {
    id: 'org_industry_transport',
    name: '上海市交通运输业工会',
    nameEn: 'Shanghai Transport Workers Union',
    joint: [
      { id: 'org_310112_joint_ride_hailing', name: '闵行区网约车驾驶员联合工会', district: '310112' },
      { id: 'org_310114_joint_freight', name: '嘉定区货车司机联合工会', district: '310114' },
    ],
  },
  {
    id: 'org_industry_postal',
    name: '上海市邮政快递业工会',
    nameEn: 'Shanghai Postal and Express Delivery Workers Union',
    joint: [{ id: 'org_310115_joint_courier', name: '浦东新区快递员联合工会', district: '310115' }],
  },
  {
    id: 'org_industry_domestic',
    name: '上海市家庭服务业工会联合会',
    nameEn: 'Shanghai Domestic Services Union Federation',
    joint: [{ id: 'org_310105_joint_domestic', name: '长宁区家政服务业联合工会', district: '310105' }],
  },
  {
    id: 'org_industry_internet',
    name: '上海市互联网行业工会联合会',
    nameEn: 'Shanghai Internet Industry Union Federation',
    joint: [{ id: 'org_310104_joint_content', name: '徐汇区网络主播联合工会', district: '310104' }],
  },
];

export const INDUSTRY_ORG_IDS: readonly string[] = INDUSTRY_UNIONS.map((u) => u.id);

export function createOrganisations(rng: Random): SeedOrganisation[] {
  const orgs: SeedOrganisation[] = [
    {
      id: MUNICIPAL_ORG_ID,
      name: '上海市总工会',
      nameEn: 'Shanghai Federation of Trade Unions',
      kind: 'municipal',
      parentId: null,
      district: null,
      acceptsMembers: false,
      address: '上海市黄浦区西藏中路120号',
      phone: '12351',
    },
  ];
  for (const industry of INDUSTRY_UNIONS) {
    orgs.push({
      id: industry.id,
      name: industry.name,
      nameEn: industry.nameEn,
      kind: 'industry',
      parentId: MUNICIPAL_ORG_ID,
      district: null,
      acceptsMembers: false,
      address: randomAddress(rng, '310101', ['', '5楼', '8楼']),
      phone: randomPhone(rng),
    });
  }
  for (const d of districts) {
    const short = districtShortName(d.code);
    const districtEn = d.nameEn.endsWith('Area') ? d.nameEn : `${d.nameEn} District`;
    orgs.push({
      id: districtOrgId(d.code),
      name: `${d.name}总工会`,
      nameEn: `${districtEn} Federation of Trade Unions`,
      kind: 'district',
      parentId: MUNICIPAL_ORG_ID,
      district: d.code,
      acceptsMembers: false,
      address: randomAddress(rng, d.code, ['', '3楼', '职工服务中心']),
      phone: randomPhone(rng),
    });
    for (const street of districtStreets(d.code)) {
      orgs.push({
        id: streetOrgId(street),
        name: streetOrgName(street),
        kind: STREET_KIND[street.kind],
        parentId: districtOrgId(d.code),
        district: d.code,
        acceptsMembers: true,
        address: randomAddress(rng, d.code, ['', '党群服务中心', '社区事务受理中心2楼', '2楼']),
        phone: randomPhone(rng),
      });
    }
    orgs.push({
      id: demoDeliveryOrgId(d.code),
      name: `Demo Delivery ${short}站点工会联合会`,
      nameEn: `Demo Delivery ${d.nameEn} Stations Union Federation`,
      kind: 'platform_enterprise',
      parentId: districtOrgId(d.code),
      district: d.code,
      acceptsMembers: true,
      platformIds: [DEMO_PLATFORM_ID],
      address: randomAddress(rng, d.code, ['', 'Demo Delivery 站点', '1楼']),
      phone: randomPhone(rng),
    });
    orgs.push({
      id: logisticsJointOrgId(d.code),
      name: `${d.name}快递物流行业联合工会`,
      kind: 'joint',
      parentId: districtOrgId(d.code),
      district: d.code,
      acceptsMembers: true,
      address: randomAddress(rng, d.code),
      phone: randomPhone(rng),
    });
  }
  for (const industry of INDUSTRY_UNIONS) {
    for (const joint of industry.joint) {
      orgs.push({
        id: joint.id,
        name: joint.name,
        kind: 'joint',
        parentId: industry.id,
        district: joint.district,
        acceptsMembers: true,
        address: randomAddress(rng, joint.district),
        phone: randomPhone(rng),
      });
    }
  }
  return orgs;
}
