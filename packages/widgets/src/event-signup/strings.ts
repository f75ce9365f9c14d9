/**
 * What `<union-event-signup>` alone says, in every locale. Shared words, enum labels (event
 * categories, registration statuses) and error messages come from the central table.
 */
import { localStrings } from '../internal/localize/local.js';
import type { WidgetEnums } from '../internal/localize/translation.js';

export interface EventSignupStrings {
  /** Labels of the contract's enums that only this widget shows. */
  enums: Pick<WidgetEnums, 'eventCategory' | 'registrationStatus'>;
  title: string;
  intro: string;
  views: string;
  eventsTab: string;
  myRegistrationsTab: string;
  filters: string;
  category: string;
  allCategories: string;
  when: string;
  anyTime: string;
  thisWeek: string;
  thisMonth: string;
  pickDates: string;
  from: string;
  to: string;
  toBeforeFrom: string;
  noEvents: string;
  /** Result count, announced after a search. */
  found: (n: number) => string;
  loadedMore: (n: number) => string;
  placesLeft: (n: number) => string;
  fullWaitlist: string;
  full: string;
  membersOnly: string;
  opensOn: (date: string) => string;
  closed: string;
  details: string;
  detailsFor: (title: string) => string;
  backToList: string;
  waitlistedAnnounce: (position: number) => string;
  signingUp: string;
  confirmedHeading: string;
  promoted: string;
  calendarReady: string;
  myRegistrationsHeading: string;
  noRegistrations: string;
  cancelled: (title: string) => string;
  leftWaitlist: (title: string) => string;
}

export const eventSignupStrings = localStrings<EventSignupStrings>(
  'events',
  {
    title: '工会活动',
    intro: '法律服务、文体活动、健康体检、小哥相亲会、亲子活动，在线报名。',
    views: '活动页面切换',
    eventsTab: '活动',
    myRegistrationsTab: '我的报名',
    filters: '筛选活动',
    category: '活动类别',
    allCategories: '全部类别',
    when: '活动时间',
    anyTime: '不限',
    thisWeek: '本周',
    thisMonth: '本月',
    pickDates: '指定日期',
    from: '开始日期',
    to: '结束日期',
    toBeforeFrom: '结束日期不能早于开始日期',
    noEvents: '暂时没有符合条件的活动，换个类别或时间看看。',
    found: (n) => (n === 0 ? '没有找到活动' : `找到 ${n} 个活动`),
    loadedMore: (n) => `又加载了 ${n} 个活动`,
    placesLeft: (n) => `剩余 ${n} 个名额`,
    fullWaitlist: '已满，可候补',
    full: '名额已满',
    membersOnly: '仅限会员',
    opensOn: (date) => `${date} 开始报名`,
    closed: '报名已截止',
    details: '查看详情',
    detailsFor: (title) => `查看详情：${title}`,
    backToList: '返回活动列表',
    waitlistedAnnounce: (position) => `已加入候补，排在第 ${position} 位`,
    signingUp: '正在提交…',
    confirmedHeading: '报名成功',
    promoted: '已从候补转为报名成功',
    calendarReady: '日历文件已准备好，点击下载后用手机日历打开即可。',
    myRegistrationsHeading: '我的报名',
    noRegistrations: '您还没有报名任何活动。',
    cancelled: (title) => `已取消报名“${title}”，名额已让给其他职工。`,
    leftWaitlist: (title) => `已退出“${title}”的候补。`,
    enums: {
      eventCategory: {
        legal: '法治护航',
        culture: '文化关爱',
        sport: '体育健身',
        health: '安康守护',
        matchmaking: '交友联谊',
        family: '温情助力',
        skills: '稳岗赋能',
      },
      registrationStatus: { confirmed: '报名成功', waitlisted: '候补中', cancelled: '已取消' },
    },
  },
  () => import('./strings.en.js'),
);
