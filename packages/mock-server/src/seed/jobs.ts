import { zOccupation } from '@unionkit/contract/schemas';
import type { EmploymentType, Occupation } from '@unionkit/contract';
import type { SeedJobPosting } from '../store/types.js';
import { districts } from './divisions.js';
import { districtNameEn, districtShortNameEn, placeNameEn } from './english.js';
import { district, districtShortName, districtStreets, placeName } from './geography.js';
import type { Random } from './random.js';
import { addDays, addMinutes, formatDateTime } from './time.js';

/** Every occupation of the contract. */
export const OCCUPATIONS: readonly Occupation[] = zOccupation.options;

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['full_time', 'part_time', 'gig'];

/** Ids of postings that expired before `now` (for the `job_posting_expired` rule). */
export const EXPIRED_JOB_POSTING_IDS: readonly string[] = ['job_expired_1', 'job_expired_2', 'job_expired_3'];

interface OccupationSpec {
  titles: Readonly<Record<EmploymentType, string>>;
  employers: readonly string[];
  /** Full-time monthly pay floor, in yuan. */
  baseYuan: number;
  requirements: readonly string[];
}

const COMMON_REQUIREMENTS = ['年满18周岁', '会使用智能手机', '身体健康，能吃苦耐劳', '无不良记录'];

/** The English of every job title, employer, requirement and benefit of the seed. */
const JOB_EN: Readonly<Record<string, string>> = {
  年满18周岁: 'Aged 18 or over',
  会使用智能手机: 'Can use a smartphone',
  '身体健康，能吃苦耐劳': 'In good health and hard-working',
  无不良记录: 'No criminal record',
  '专送骑手（全职）': 'Dedicated delivery rider (full-time)',
  '兼职外卖骑手（午晚高峰）': 'Part-time delivery rider (lunch and dinner peaks)',
  '众包骑手（自由排班）': 'Crowdsourced rider (choose your own shifts)',
  'Demo Delivery {short}配送站': 'Demo Delivery {short} Station',
  上海沪达配送服务有限公司: 'Shanghai Huda Delivery Services Co., Ltd.',
  上海申程即时配送有限公司: 'Shanghai Shencheng Instant Delivery Co., Ltd.',
  持有效健康证或可入职后办理: 'A valid health certificate, or get one after joining',
  熟悉周边道路: 'Knows the local roads',
  '自备电动自行车者优先，站点可提供租车': 'Own e-bike preferred; the station can rent you one',
  遵守交通法规: 'Obeys traffic rules',
  '网约车驾驶员（新能源车，公司提供车辆）': 'Ride-hailing driver (electric car provided)',
  '网约车兼职司机（晚班）': 'Part-time ride-hailing driver (evenings)',
  '网约车司机（自带合规车辆）': 'Ride-hailing driver (own licensed car)',
  上海新驰出行科技有限公司: 'Shanghai Xinchi Mobility Technology Co., Ltd.',
  上海浦联汽车租赁服务有限公司: 'Shanghai Pulian Car Rental Services Co., Ltd.',
  上海通衢出行服务有限公司: 'Shanghai Tongqu Mobility Services Co., Ltd.',
  '持C1及以上驾驶证，驾龄3年以上': 'C1 or higher driving licence, 3+ years of driving',
  持网络预约出租汽车驾驶员证或可考取: 'Ride-hailing driver permit, or able to obtain one',
  无重大交通事故记录: 'No record of serious traffic accidents',
  熟悉上海道路: 'Knows Shanghai\'s roads',
  快递收派员: 'Courier (pick-up and delivery)',
  '快递分拣员（夜班兼职）': 'Parcel sorter (part-time night shift)',
  同城即时配送员: 'Same-city instant courier',
  上海沪运速递有限公司: 'Shanghai Huyun Express Co., Ltd.',
  上海云途供应链管理有限公司: 'Shanghai Yuntu Supply Chain Management Co., Ltd.',
  上海嘉运快递服务有限公司: 'Shanghai Jiayun Express Services Co., Ltd.',
  能适应早班或夜班: 'Can work early or night shifts',
  有快递或配送经验者优先: 'Courier or delivery experience preferred',
  能搬运25公斤以内物品: 'Can carry up to 25 kg',
  '城配货车司机（4.2米厢式车）': 'City delivery truck driver (4.2 m box truck)',
  '冷链货车司机（周末班）': 'Cold-chain truck driver (weekends)',
  '网络货运平台司机（重卡，自带车辆）': 'Freight platform driver (heavy truck, own vehicle)',
  上海申程物流有限公司: 'Shanghai Shencheng Logistics Co., Ltd.',
  上海浦联冷链物流有限公司: 'Shanghai Pulian Cold Chain Logistics Co., Ltd.',
  上海嘉运供应链管理有限公司: 'Shanghai Jiayun Supply Chain Management Co., Ltd.',
  持B2及以上驾驶证: 'B2 or higher driving licence',
  持道路运输从业资格证: 'Road transport qualification certificate',
  '驾龄5年以上，无重大事故': '5+ years of driving, no serious accidents',
  熟悉长三角线路者优先: 'Knowing Yangtze River Delta routes preferred',
  住家育婴员: 'Live-in childcare worker',
  '钟点工（家庭保洁）': 'Hourly home cleaner',
  '养老护理员（居家上门）': 'Home elderly carer',
  上海好邻家政服务有限公司: 'Shanghai Haolin Housekeeping Services Co., Ltd.',
  上海申爱养老服务有限公司: 'Shanghai Shen\'ai Elderly Care Services Co., Ltd.',
  上海暖心家庭服务有限公司: 'Shanghai Nuanxin Family Services Co., Ltd.',
  持育婴员或养老护理员证书者优先: 'Childcare or elderly-care certificate preferred',
  持有效健康证: 'A valid health certificate',
  有耐心和责任心: 'Patient and responsible',
  有家政或护理工作经验者优先: 'Housekeeping or care experience preferred',
  短视频剪辑师: 'Short-video editor',
  '直播带货主播（兼职）': 'Live-commerce host (part-time)',
  '本地生活探店达人（按条结算）': 'Local lifestyle reviewer (paid per video)',
  上海光影文化传媒有限公司: 'Shanghai Guangying Culture Media Co., Ltd.',
  上海沪声网络科技有限公司: 'Shanghai Husheng Network Technology Co., Ltd.',
  上海新媒文化传播有限公司: 'Shanghai Xinmei Culture Communication Co., Ltd.',
  '熟悉剪映、Premiere等剪辑软件': 'Knows editing software such as CapCut or Premiere',
  '普通话标准，表达流畅': 'Clear standard Mandarin',
  有作品集者优先: 'A portfolio preferred',
  了解平台内容规范: 'Knows the platforms\' content rules',
  社区团购仓库理货员: 'Community group-buying warehouse clerk',
  '配送站点客服（兼职）': 'Delivery station customer service (part-time)',
  '共享单车运维员（按单结算）': 'Shared-bike maintenance worker (paid per task)',
  上海邻里优选供应链有限公司: 'Shanghai Linli Youxuan Supply Chain Co., Ltd.',
  上海城运出行服务有限公司: 'Shanghai Chengyun Mobility Services Co., Ltd.',
  '认真细致，服从安排': 'Careful and follows instructions',
  能适应轮班: 'Can work rotating shifts',
  有仓储或运维经验者优先: 'Warehouse or maintenance experience preferred',
  缴纳社会保险: 'Social insurance paid',
  新就业形态就业人员职业伤害保障: 'Occupational injury protection for gig workers',
  工会会员互助保障: 'Union members\' mutual-aid protection',
  提供宿舍或住房补贴: 'Dormitory or housing allowance',
  每月餐补300元: 'Meal allowance of ¥300 a month',
  电动车换电补贴: 'E-bike battery-swap allowance',
  节日慰问: 'Holiday gifts',
  带薪年休假: 'Paid annual leave',
  满一年奖励: 'One-year bonus',
  免费岗前培训: 'Free pre-job training',
  '多劳多得，按周结算': 'Earn more by doing more, paid weekly',
  可使用户外职工爱心接力站休息: 'Use of the outdoor workers\' relay stations',
  职业技能证书学习补贴: 'Study subsidy for skills certificates',
};

function en(zh: string): string {
  const text = JOB_EN[zh];
  if (text === undefined) throw new Error(`no English for ${zh}`);
  return text;
}

const EMPLOYMENT_EN: Readonly<Record<EmploymentType, string>> = {
  gig: 'Flexible hours; take orders as you choose.',
  part_time: 'At least 3 days a week; shifts can be agreed.',
  full_time: 'Labour contract signed; steady work.',
};

const SPECS: Readonly<Record<Occupation, OccupationSpec>> = {
  food_delivery_rider: {
    titles: { full_time: '专送骑手（全职）', part_time: '兼职外卖骑手（午晚高峰）', gig: '众包骑手（自由排班）' },
    employers: ['Demo Delivery {short}配送站', '上海沪达配送服务有限公司', '上海申程即时配送有限公司'],
    baseYuan: 8000,
    requirements: ['持有效健康证或可入职后办理', '熟悉周边道路', '自备电动自行车者优先，站点可提供租车', '遵守交通法规'],
  },
  ride_hailing_driver: {
    titles: { full_time: '网约车驾驶员（新能源车，公司提供车辆）', part_time: '网约车兼职司机（晚班）', gig: '网约车司机（自带合规车辆）' },
    employers: ['上海新驰出行科技有限公司', '上海浦联汽车租赁服务有限公司', '上海通衢出行服务有限公司'],
    baseYuan: 9000,
    requirements: ['持C1及以上驾驶证，驾龄3年以上', '持网络预约出租汽车驾驶员证或可考取', '无重大交通事故记录', '熟悉上海道路'],
  },
  courier: {
    titles: { full_time: '快递收派员', part_time: '快递分拣员（夜班兼职）', gig: '同城即时配送员' },
    employers: ['上海沪运速递有限公司', '上海云途供应链管理有限公司', '上海嘉运快递服务有限公司'],
    baseYuan: 7500,
    requirements: ['能适应早班或夜班', '有快递或配送经验者优先', '能搬运25公斤以内物品'],
  },
  truck_driver: {
    titles: { full_time: '城配货车司机（4.2米厢式车）', part_time: '冷链货车司机（周末班）', gig: '网络货运平台司机（重卡，自带车辆）' },
    employers: ['上海申程物流有限公司', '上海浦联冷链物流有限公司', '上海嘉运供应链管理有限公司'],
    baseYuan: 10000,
    requirements: ['持B2及以上驾驶证', '持道路运输从业资格证', '驾龄5年以上，无重大事故', '熟悉长三角线路者优先'],
  },
  domestic_care_worker: {
    titles: { full_time: '住家育婴员', part_time: '钟点工（家庭保洁）', gig: '养老护理员（居家上门）' },
    employers: ['上海好邻家政服务有限公司', '上海申爱养老服务有限公司', '上海暖心家庭服务有限公司'],
    baseYuan: 7000,
    requirements: ['持育婴员或养老护理员证书者优先', '持有效健康证', '有耐心和责任心', '有家政或护理工作经验者优先'],
  },
  digital_content_creator: {
    titles: { full_time: '短视频剪辑师', part_time: '直播带货主播（兼职）', gig: '本地生活探店达人（按条结算）' },
    employers: ['上海光影文化传媒有限公司', '上海沪声网络科技有限公司', '上海新媒文化传播有限公司'],
    baseYuan: 8000,
    requirements: ['熟悉剪映、Premiere等剪辑软件', '普通话标准，表达流畅', '有作品集者优先', '了解平台内容规范'],
  },
  other: {
    titles: { full_time: '社区团购仓库理货员', part_time: '配送站点客服（兼职）', gig: '共享单车运维员（按单结算）' },
    employers: ['上海邻里优选供应链有限公司', 'Demo Delivery {short}配送站', '上海城运出行服务有限公司'],
    baseYuan: 6500,
    requirements: ['认真细致，服从安排', '能适应轮班', '有仓储或运维经验者优先'],
  },
};

const BENEFITS = [
  '缴纳社会保险',
  '新就业形态就业人员职业伤害保障',
  '工会会员互助保障',
  '提供宿舍或住房补贴',
  '每月餐补300元',
  '电动车换电补贴',
  '节日慰问',
  '带薪年休假',
  '满一年奖励',
  '免费岗前培训',
  '多劳多得，按周结算',
  '可使用户外职工爱心接力站休息',
  '职业技能证书学习补贴',
];

const PAY_FACTOR: Readonly<Record<EmploymentType, number>> = { full_time: 1, part_time: 0.45, gig: 0.8 };

export function createJobPostings(rng: Random, now: Date): SeedJobPosting[] {
  const codes = districts.map((d) => d.code);
  const jobs: SeedJobPosting[] = [];
  const total = 160;
  for (let i = 0; i < total + EXPIRED_JOB_POSTING_IDS.length; i++) {
    const expired = i >= total;
    const occupation = OCCUPATIONS[i % OCCUPATIONS.length]!;
    const employmentType = EMPLOYMENT_TYPES[Math.floor(i / OCCUPATIONS.length) % EMPLOYMENT_TYPES.length]!;
    const code = codes[i % codes.length]!;
    const spec = SPECS[occupation];
    const employerPattern = rng.pick(spec.employers);
    const employer = employerPattern.replace('{short}', districtShortName(code));
    const employerEn = en(employerPattern).replace('{short}', districtShortNameEn(code));
    const street = rng.pick(districtStreets(code));
    const place = placeName(street);
    const title = spec.titles[employmentType];
    const floorYuan = Math.round((spec.baseYuan * PAY_FACTOR[employmentType] * rng.float(0.85, 1.15)) / 500) * 500;
    const salaryMinFen = floorYuan * 100;
    const salaryMaxFen = salaryMinFen + rng.int(2, 10) * 50_000;
    const postedAt = expired
      ? addMinutes(addDays(now, -rng.int(25, 29)), -rng.int(0, 600))
      : addMinutes(addDays(now, -rng.int(0, 29)), -rng.int(1, 600));
    const expiresAt = expired ? addMinutes(addDays(now, -rng.int(1, 3)), -rng.int(0, 600)) : addDays(postedAt, rng.int(31, 60));
    const source = employer.startsWith('Demo Delivery') || rng.chance(0.15) ? 'union_partner' : 'huipin_shanghai';
    const requirements = [...rng.sample(COMMON_REQUIREMENTS, rng.int(1, 2)), ...rng.sample(spec.requirements, rng.int(1, 3))];
    const benefits = rng.sample(BENEFITS, rng.int(3, 5));
    jobs.push({
      id: expired ? EXPIRED_JOB_POSTING_IDS[i - total]! : `job_${String(i + 1).padStart(4, '0')}`,
      title,
      employer,
      occupation,
      employmentType,
      district: code,
      salaryMinFen,
      salaryMaxFen,
      description: `${employer}招聘${title}，工作区域为${district(code).name}${place}及周边。${
        employmentType === 'gig' ? '时间灵活，接单自主。' : employmentType === 'part_time' ? '每周工作不少于3天，班次可协商。' : '签订劳动合同，工作稳定。'
      }${source === 'huipin_shanghai' ? '经“会聘上海”新就业形态劳动者职业介绍专栏发布。' : '工会合作单位岗位。'}`,
      requirements,
      benefits,
      postedAt: formatDateTime(postedAt),
      expiresAt: formatDateTime(expiresAt),
      source,
      en: {
        title: en(title),
        employer: employerEn,
        description: `${employerEn} is hiring: ${en(title)}, working in ${placeNameEn(street)}, ${districtNameEn(code)} and nearby. ${EMPLOYMENT_EN[employmentType]} ${
          source === 'huipin_shanghai' ? 'Posted in the gig-worker column of Huipin Shanghai, the union\'s job service.' : 'A job with a union partner.'
        }`,
        requirements: requirements.map(en),
        benefits: benefits.map(en),
      },
    });
  }
  return jobs;
}
