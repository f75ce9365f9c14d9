import type { DistrictCode, EventCategory, GeoPoint } from '@unionkit/contract';
import type { SeedEvent } from '../store/types.js';
import { districts, type Street } from './divisions.js';
import { districtNameEn, districtShortNameEn, streetNameEn } from './english.js';
import { district, districtShortName } from './geography.js';
import { districtOrgId, INDUSTRY_ORG_IDS, MUNICIPAL_ORG_ID, streetOrgId } from './organisations.js';
import type { Random } from './random.js';
import { addMinutes, formatDateTime, shanghaiDayAt, shanghaiParts } from './time.js';
import { campSeason, schedule, schoolHoliday, VENUE_HOURS, venuePlace, venueStreets, WORKERS_CULTURAL_PALACE } from './venues.js';

export type { SeedEvent } from '../store/types.js';

export const EVENT_CATEGORIES: readonly EventCategory[] = ['legal', 'culture', 'sport', 'health', 'matchmaking', 'family', 'skills'];

/** Ids of events with a fixed, documented state (relative to `now`); tests rely on them. */
export const FIXTURE_EVENT_IDS = {
  /** Open, places left, anyone may register, waitlist enabled. */
  open: 'evt_open',
  /** Open, exactly one place left, waitlist enabled. */
  lastPlace: 'evt_last_place',
  /** Full (`takenPlaces === capacity`), registration open, waitlist enabled, 3 already waiting. */
  fullWithWaitlist: 'evt_full_waitlist',
  /** Full, registration open, waitlist disabled. */
  fullNoWaitlist: 'evt_full_no_waitlist',
  /** Registration opens in 3 days. */
  registrationNotOpen: 'evt_registration_not_open',
  /** Registration closed yesterday; the event is still ahead. */
  registrationClosed: 'evt_registration_closed',
  /** Open, places left, members only. */
  membersOnly: 'evt_members_only',
  /** Family day, open, 15 places left, up to 3 companions, children 4–14, waitlist enabled. */
  family: 'evt_family',
  /** Family workshop, open, 2 places left, up to 2 companions, children 3–12, waitlist enabled. */
  familyFewPlaces: 'evt_family_few_places',
  /** Children's day camp, members only, open, up to 2 companions, children 6–12. */
  familyMembersOnly: 'evt_family_members_only',
} as const;

interface Template {
  /** A title may depend on the event's month and whether it falls in the school holidays. */
  title: string | ((month: number, holiday: boolean) => string);
  description: string;
  /** Venue patterns: `{dn}` the district, `{place}` the street or town. */
  venue: readonly string[];
  durationMin: number;
  capacity: readonly number[];
  en: { title: string | ((month: number, holiday: boolean) => string); description: string };
}

/** The English of every venue pattern. */
const VENUE_EN: Readonly<Record<string, string>> = {
  '{place}党群服务中心': '{place} Party and Community Service Centre',
  '{dn}职工服务中心': '{dn} Workers\' Service Centre',
  '{place}职工劳动争议调解室': '{place} Labour Dispute Mediation Room',
  '{dn}总工会职工法律援助中心': '{dn} Federation of Trade Unions Legal Aid Centre',
  上海市工人文化宫: 'Shanghai Workers\' Cultural Palace',
  '{dn}工人文化宫': '{dn} Workers\' Cultural Palace',
  '{place}社区图书馆': '{place} Community Library',
  '{dn}图书馆': '{dn} Library',
  '{dn}职工文化中心': '{dn} Workers\' Cultural Centre',
  '{dn}体育中心': '{dn} Sports Centre',
  '{place}职工健身驿站': '{place} Workers\' Fitness Station',
  '{dn}全民健身中心': '{dn} Public Fitness Centre',
  '{place}职工健康驿站': '{place} Workers\' Health Station',
  '{place}户外职工爱心接力站': '{place} Outdoor Workers\' Relay Station',
  '{dn}红十字会培训中心': '{dn} Red Cross Training Centre',
  '{dn}青年中心': '{dn} Youth Centre',
  '{place}社区公园': '{place} Community Park',
  '{dn}体育公园': '{dn} Sports Park',
  '上海工会职工疗休养基地（崇明）': 'Shanghai Trade Union Workers\' Retreat (Chongming)',
  '{place}社区文化活动中心': '{place} Community Cultural Centre',
  '{dn}职业技能实训基地': '{dn} Vocational Skills Training Base',
  '{dn}交通安全教育基地': '{dn} Road Safety Education Centre',
  '{dn}职工技能培训中心': '{dn} Workers\' Skills Training Centre',
  '{dn}职工创新工作室': '{dn} Workers\' Innovation Studio',
};

/** Titles from the union's policy (沪工总权〔2024〕174号); `{place}` is the venue's street or town. */
const TEMPLATES: Readonly<Record<EventCategory, readonly Template[]>> = {
  legal: [
    { title: '新就业形态劳动者法律服务专场', description: '“百场新就业形态劳动者法律服务系列专场活动”走进站点：工会律师现场解答劳动报酬、劳动合同、交通事故和职业伤害保障问题，一对一咨询。', venue: ['{place}党群服务中心', '{dn}职工服务中心'], durationMin: 150, capacity: [30, 40, 60], en: { title: 'Legal service day for gig workers', description: "Part of the union's series of legal service days for gig workers: union lawyers answer questions on pay, labour contracts, traffic accidents and occupational injury protection, one to one." } },
    { title: '“工会枫桥”劳动争议调解开放日', description: '参观新就业形态劳动争议调解工作室，了解调解流程和工会法律援助申请方式。', venue: ['{place}职工劳动争议调解室'], durationMin: 120, capacity: [20, 30], en: { title: '"Union Fengqiao" labour dispute mediation open day', description: "Visit a labour dispute mediation studio for gig workers and learn how mediation works and how to apply for the union's legal aid." } },
    { title: '外卖骑手交通事故与职业伤害法律讲座', description: '讲解发生交通事故后如何保留证据、申请职业伤害保障和工会法律援助。', venue: ['{dn}总工会职工法律援助中心', '{place}党群服务中心'], durationMin: 90, capacity: [40, 60, 80], en: { title: 'Talk: traffic accidents and occupational injuries for delivery riders', description: "What evidence to keep after a traffic accident, and how to apply for occupational injury protection and the union's legal aid." } },
  ],
  culture: [
    { title: '新就业形态劳动者歌手大赛海选', description: '上海职工文化季系列活动。不限曲风，现场报名演唱一首歌曲，优胜者进入复赛，登台展示风采。', venue: ['上海市工人文化宫', '{dn}工人文化宫'], durationMin: 180, capacity: [60, 80, 100], en: { title: "Gig workers' singing contest: open auditions", description: "Part of the Shanghai Workers' Culture Season. Any style: sign up on the spot and sing one song; the best go through to the next round." } },
    { title: '小哥读书会：读书交流分享会', description: '依托上海读书节，和同行一起读一本书、聊一段路上的故事，现场赠书。', venue: ['{place}社区图书馆', '{dn}图书馆'], durationMin: 120, capacity: [20, 30], en: { title: "Riders' reading club: book sharing", description: 'Part of the Shanghai Book Festival: read a book together with fellow workers and share stories from the road; free books on the day.' } },
    { title: '职工书法与剪纸体验课', description: '非遗老师手把手教学，作品可带回家。', venue: ['{dn}职工文化中心'], durationMin: 120, capacity: [20, 25], en: { title: 'Calligraphy and paper-cutting taster class', description: 'Intangible-heritage teachers show you step by step; take your work home.' } },
  ],
  sport: [
    { title: '新就业形态劳动者健身嘉年华', description: '上海职工健身汇系列赛事：趣味接力、飞镖、踢毽子和体能测试，完赛有纪念品。', venue: ['{dn}体育中心', '{place}职工健身驿站'], durationMin: 180, capacity: [100, 150, 200], en: { title: "Gig workers' fitness carnival", description: "Part of the Shanghai Workers' Fitness series: fun relays, darts, shuttlecock kicking and fitness tests; a souvenir for everyone who finishes." } },
    { title: '骑手羽毛球友谊赛', description: '双打友谊赛，球拍和球由工会提供，赛后集体拉伸。', venue: ['{dn}全民健身中心'], durationMin: 150, capacity: [32, 48], en: { title: "Riders' badminton friendly", description: 'Doubles friendly matches; rackets and shuttlecocks from the union, group stretching afterwards.' } },
    { title: '健身驿站工间操教学', description: '十分钟缓解肩颈和腰背劳损的工间操，适合久骑久坐人群。', venue: ['{place}职工健身驿站'], durationMin: 60, capacity: [20, 30], en: { title: 'Workplace exercise class at the fitness station', description: 'Ten minutes of exercises that ease neck, shoulder and back strain, for people who ride or sit for long hours.' } },
  ],
  health: [
    { title: '爱心义诊与免费健康体检', description: '移动体检车开进站点：血压、血糖、心电图和视力检查，医生现场解读报告。', venue: ['{place}职工健康驿站', '{place}户外职工爱心接力站'], durationMin: 180, capacity: [50, 80, 100], en: { title: 'Free clinic and health check', description: 'A mobile health-check van comes to the station: blood pressure, blood sugar, ECG and eye tests, with doctors explaining the results.' } },
    { title: '应急救护培训：心肺复苏与AED', description: '红十字会培训师授课，考核合格可获救护员证书。', venue: ['{dn}红十字会培训中心', '{dn}职工服务中心'], durationMin: 240, capacity: [30, 40], en: { title: 'First-aid training: CPR and AED', description: 'Taught by Red Cross trainers; pass the test to get a first-aider certificate.' } },
    { title: '心理健康微课：12351心理咨询面对面', description: '识别压力和情绪问题，了解12351全天候心理咨询专线如何使用。', venue: ['{place}党群服务中心'], durationMin: 90, capacity: [30, 50], en: { title: 'Mental health mini-class: meet the 12351 counsellors', description: 'Recognise stress and mood problems, and learn how to use the 24-hour 12351 counselling line.' } },
  ],
  matchmaking: [
    { title: '小哥相亲会', description: '依托“会缘”信息库，为单身新就业形态青年牵线搭桥。现场破冰游戏、一对一交流，请携带身份证。', venue: ['{dn}职工文化中心', '{dn}青年中心'], durationMin: 180, capacity: [40, 60, 80], en: { title: "Riders' matchmaking meet-up", description: "Through the union's \"Huiyuan\" dating programme, single young gig workers meet: ice-breaking games and one-to-one chats. Please bring your ID card." } },
    { title: '“会缘”单身青年户外交友活动', description: '城市公园定向徒步，分组协作完成任务，轻松结识新朋友。', venue: ['{place}社区公园', '{dn}体育公园'], durationMin: 180, capacity: [30, 50], en: { title: '"Huiyuan" outdoor meet-up for single young workers', description: 'Orienteering walk in a city park, solving tasks in teams: an easy way to make new friends.' } },
  ],
  family: [
    { title: '亲子日：带孩子看看爸爸妈妈的工作', description: '“子女开放日”活动：孩子体验一天的配送路线模拟，和父母一起完成亲子任务。', venue: ['{place}党群服务中心', '{dn}工人文化宫'], durationMin: 150, capacity: [20, 30, 40], en: { title: 'Family day: show your children what you do at work', description: "Children's open day: children try a simulated delivery route and complete family tasks with their parents." } },
    { title: (month, holiday) => `新就业形态劳动者子女${holiday ? (month <= 2 ? '寒假' : '暑期') : '周末'}${campSeason(month).zh}`, description: '依托上海工会职工疗休养基地，为新就业形态劳动者的小学生子女举办营地活动，当日往返，统一乘坐大巴，工会补贴大部分费用。', venue: ['上海工会职工疗休养基地（崇明）'], durationMin: 480, capacity: [30, 40], en: { title: (month, holiday) => `${campSeason(month).en} ${holiday ? 'holiday' : 'weekend'} day camp for gig workers' children`, description: "At the Shanghai trade unions' workers' retreat, a day camp for gig workers' primary-school children; coach there and back, mostly paid for by the union." } },
    { title: '亲子工作室：家庭手作课', description: '亲子合作完成手工作品，现场拍摄全家福。', venue: ['{place}社区文化活动中心'], durationMin: 120, capacity: [15, 20], en: { title: 'Family workshop: crafts together', description: 'Parents and children make a handicraft together; a family photo is taken on the day.' } },
  ],
  skills: [
    { title: '网约配送员职业技能竞赛选拔赛', description: '以赛促学：理论考试加实操，优胜者获得职业技能等级认定推荐和奖金。', venue: ['{dn}职业技能实训基地'], durationMin: 240, capacity: [60, 100], en: { title: "Delivery riders' skills competition: qualifying round", description: 'Learning through competition: a theory test and a practical; winners get a recommendation for a vocational skills grade and prize money.' } },
    { title: '电动自行车安全驾驶培训', description: '交通安全法规、雨天骑行和车辆检查，完成培训赠送头盔。', venue: ['{place}党群服务中心', '{dn}交通安全教育基地'], durationMin: 90, capacity: [40, 60], en: { title: 'E-bike safe riding training', description: 'Traffic rules, riding in the rain and checking your bike; a free helmet when you finish.' } },
    { title: '职业技能提升培训：育婴员五级', description: '考取证书可申请工会学习补贴。', venue: ['{dn}职工技能培训中心'], durationMin: 360, capacity: [25, 30], en: { title: 'Skills training: childcare worker, level 5', description: "Get the certificate and apply for the union's study subsidy." } },
    { title: '短视频创作与直播技能培训', description: '面向数字内容创作者：选题、拍摄、剪辑与平台规则。', venue: ['{dn}职工创新工作室'], durationMin: 180, capacity: [30, 40], en: { title: 'Short-video and live-streaming skills training', description: 'For digital content creators: choosing topics, filming, editing and platform rules.' } },
  ],
};

/** Venues that are in one place whatever the event's district. */
const FIXED_VENUES: Readonly<Record<string, { district: DistrictCode; address?: { zh: string; en: string }; location?: GeoPoint }>> = {
  上海市工人文化宫: {
    district: '310101',
    address: { zh: '上海市黄浦区西藏中路120号', en: 'No. 120 Middle Xizang Road, Huangpu District, Shanghai' },
    location: WORKERS_CULTURAL_PALACE,
  },
  '上海工会职工疗休养基地（崇明）': { district: '310151' },
};

function venueName(pattern: string, code: DistrictCode, street: Street): { zh: string; en: string } {
  const en = VENUE_EN[pattern];
  if (en === undefined) throw new Error(`no English for the venue ${pattern}`);
  return {
    zh: pattern.replaceAll('{dn}', district(code).name).replaceAll('{place}', street.name),
    en: en.replaceAll('{dn}', districtNameEn(code)).replaceAll('{place}', streetNameEn(street)),
  };
}

interface Draft {
  id: string;
  category: EventCategory;
  template: Template;
  code: DistrictCode;
  startDay: number;
  capacity?: number;
  takenPlaces?: number;
  waitlistedOthers?: number;
  membersOnly?: boolean;
  waitlistEnabled?: boolean;
  /** Days from now (Shanghai calendar) the registration opens; negative = already open. */
  opensInDays?: number;
  /** Registration closed yesterday. */
  closed?: boolean;
}

export function createEvents(rng: Random, now: Date): SeedEvent[] {
  const codes = districts.map((d) => d.code);
  const drafts: Draft[] = [];

  const F = FIXTURE_EVENT_IDS;
  const t = TEMPLATES;
  drafts.push(
    { id: F.open, category: 'legal', template: t.legal[0]!, code: '310104', startDay: 7, capacity: 50, takenPlaces: 12, membersOnly: false, waitlistEnabled: true, opensInDays: -5 },
    { id: F.lastPlace, category: 'health', template: t.health[0]!, code: '310112', startDay: 9, capacity: 10, takenPlaces: 9, membersOnly: false, waitlistEnabled: true, opensInDays: -3 },
    { id: F.fullWithWaitlist, category: 'matchmaking', template: t.matchmaking[0]!, code: '310106', startDay: 12, capacity: 30, takenPlaces: 30, waitlistedOthers: 3, membersOnly: false, waitlistEnabled: true, opensInDays: -10 },
    { id: F.fullNoWaitlist, category: 'family', template: t.family[0]!, code: '310115', startDay: 10, capacity: 20, takenPlaces: 20, waitlistedOthers: 0, membersOnly: false, waitlistEnabled: false, opensInDays: -8 },
    { id: F.registrationNotOpen, category: 'culture', template: t.culture[0]!, code: '310101', startDay: 21, capacity: 80, takenPlaces: 0, membersOnly: false, waitlistEnabled: true, opensInDays: 3 },
    { id: F.registrationClosed, category: 'sport', template: t.sport[0]!, code: '310113', startDay: 4, capacity: 150, takenPlaces: 87, membersOnly: false, waitlistEnabled: true, opensInDays: -20, closed: true },
    { id: F.membersOnly, category: 'skills', template: t.skills[0]!, code: '310114', startDay: 15, capacity: 60, takenPlaces: 18, membersOnly: true, waitlistEnabled: true, opensInDays: -4 },
  );

  // Six more per category, spread over the coming 60 days and all districts.
  let n = 0;
  for (const category of EVENT_CATEGORIES) {
    const templates = t[category];
    for (let k = 0; k < 6; k++) {
      const code = codes[(n * 5 + 3) % codes.length]!;
      const startDay = rng.int(2, 60);
      const roll = rng.next();
      drafts.push({
        id: `evt_${String(++n).padStart(3, '0')}`,
        category,
        template: templates[k % templates.length]!,
        code,
        startDay,
        ...(roll < 0.07 && startDay > 4 ? { opensInDays: rng.int(1, Math.min(10, startDay - 2)) } : {}),
        ...(roll > 0.94 && startDay > 2 ? { closed: true } : {}),
      });
    }
  }

  // Appended, so that the random events above draw the same numbers as before.
  drafts.push(...familyFixtureDrafts(t.family));

  return drafts.map((draft) => {
    const street = rng.pick(venueStreets(draft.code));
    const venuePattern = rng.pick(draft.template.venue);
    const hours = VENUE_HOURS[venuePattern];
    if (!hours) throw new Error(`no hours for the venue ${venuePattern}`);
    // The day nearest the draft's that the venue is open (and, for a camp, a weekend or a holiday), at an hour that fits.
    const camp = typeof draft.template.title === 'function';
    const firstDay = Math.max(2, (draft.opensInDays ?? -1) + 1);
    const { day: startDay, start } = schedule(rng, now, draft.startDay, hours, draft.template.durationMin, { camp, firstDay, lastDay: 60 });
    const startsAt = shanghaiDayAt(now, startDay, Math.floor(start / 60), start % 60);
    const on = shanghaiParts(startsAt);
    const holiday = schoolHoliday(on.month, on.day);
    const endsAt = addMinutes(startsAt, draft.template.durationMin);
    const capacity = draft.capacity ?? rng.pick(draft.template.capacity);
    const takenPlaces = draft.takenPlaces ?? rng.int(0, capacity - 1);
    const opensInDays = draft.opensInDays ?? -rng.int(1, 14);
    const registrationOpensAt = shanghaiDayAt(now, opensInDays, 9);
    const registrationClosesAt = draft.closed ? shanghaiDayAt(now, -1, 20) : shanghaiDayAt(now, startDay - 1, 20);
    const title = typeof draft.template.title === 'function' ? draft.template.title(on.month, holiday) : draft.template.title;
    const titleEn = typeof draft.template.en.title === 'function' ? draft.template.en.title(on.month, holiday) : draft.template.en.title;
    const organiserId = rng.weighted([
      [districtOrgId(draft.code), 4],
      [streetOrgId(street), 3],
      [draft.category === 'skills' || draft.category === 'culture' ? rng.pick(INDUSTRY_ORG_IDS) : MUNICIPAL_ORG_ID, 1],
    ]);
    const fixed = FIXED_VENUES[venuePattern];
    const venueDistrict = fixed?.district ?? draft.code;
    const name = venueName(venuePattern, draft.code, street);
    const place = venuePlace(rng, venueDistrict, fixed ? null : street, hours.outdoor ? [''] : ['', '2楼', '3楼多功能厅', '1楼大厅']);
    const address = fixed?.address ?? place.address;
    const venue = { name: name.zh, address: address.zh, district: venueDistrict, location: fixed?.location ?? place.location };
    return {
      id: draft.id,
      category: draft.category,
      title: fixed ? title : `${title}（${districtShortName(draft.code)}）`,
      description: draft.template.description,
      venue,
      startsAt: formatDateTime(startsAt),
      endsAt: formatDateTime(endsAt),
      capacity,
      takenPlaces,
      waitlistedOthers: draft.waitlistedOthers ?? 0,
      registrationOpensAt: formatDateTime(registrationOpensAt),
      registrationClosesAt: formatDateTime(registrationClosesAt),
      membersOnly: draft.membersOnly ?? rng.chance(0.2),
      waitlistEnabled: draft.waitlistEnabled ?? rng.chance(0.85),
      ...companionTerms(draft.category, title),
      organiserId,
      en: {
        title: fixed ? titleEn : `${titleEn} (${districtShortNameEn(draft.code)})`,
        description: draft.template.en.description,
        venue: { ...venue, name: name.en, address: address.en },
      },
    } satisfies SeedEvent;
  });
}

// ---------------------------------------------------------------- family events: companions

/** The fixture family events (appended after the others): a party's places, and members only. */
function familyFixtureDrafts(family: readonly Template[]): Draft[] {
  const F = FIXTURE_EVENT_IDS;
  return [
    { id: F.family, category: 'family', template: family[0]!, code: '310105', startDay: 13, capacity: 40, takenPlaces: 25, membersOnly: false, waitlistEnabled: true, opensInDays: -6 },
    { id: F.familyFewPlaces, category: 'family', template: family[2]!, code: '310107', startDay: 11, capacity: 20, takenPlaces: 18, membersOnly: false, waitlistEnabled: true, opensInDays: -5 },
    { id: F.familyMembersOnly, category: 'family', template: family[1]!, code: '310151', startDay: 56, capacity: 40, takenPlaces: 12, membersOnly: true, waitlistEnabled: true, opensInDays: -2 },
  ];
}

/**
 * Whom a family event takes along, by what it is: a day camp or holiday care is for primary-school
 * children (6–12) with at most two of them; a family day or workshop takes younger children too and up
 * to three companions. Other categories take none (小哥相亲会 stays `matchmaking`).
 */
function companionTerms(category: EventCategory, title: string): { maxCompanions?: number; childAgeRange?: { min: number; max: number } } {
  if (category !== 'family') return {};
  if (/令营|托管|托班/.test(title)) return { maxCompanions: 2, childAgeRange: { min: 6, max: 12 } };
  if (/手作/.test(title)) return { maxCompanions: 2, childAgeRange: { min: 3, max: 12 } };
  return { maxCompanions: 3, childAgeRange: { min: 4, max: 14 } };
}
