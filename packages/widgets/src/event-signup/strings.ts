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
  venue: string;
  time: string;
  places: string;
  /** "共 50 个名额，剩余 38 个，3 人候补中". */
  placesSummary: (capacity: number, left: number, waiting: number) => string;
  waitlistedAnnounce: (position: number) => string;
  registrationWindow: string;
  dateRange: (from: string, to: string) => string;
  signUp: string;
  joinWaitlist: string;
  signingUp: string;
  waitlistExplain: (waiting: number) => string;
  fullExplain: string;
  notOpenExplain: (date: string) => string;
  closedExplain: string;
  membersOnlyExplain: string;
  membersOnlyError: string;
  /** A members-only event, and the worker is not a member: join first, then sign up. */
  membersOnlyJoinFirst: string;
  registrationClosedError: string;
  confirmedHeading: string;
  confirmedText: string;
  waitlistedHeading: string;
  waitlistedText: (position: number) => string;
  waitlistPosition: (n: number) => string;
  promoted: string;
  alreadyRegistered: (status: string) => string;
  addToCalendar: string;
  preparingCalendar: string;
  downloadCalendar: string;
  calendarReady: string;
  myRegistrationsHeading: string;
  noRegistrations: string;
  cancel: string;
  cancelFor: (title: string) => string;
  cancelConfirm: (title: string) => string;
  cancelled: (title: string) => string;
  /** Leaving a waitlist: no place is freed, the worker gives up their position. */
  leaveWaitlist: string;
  leaveWaitlistFor: (title: string) => string;
  leaveWaitlistConfirm: (title: string, position: number) => string;
  leaveWaitlistYes: string;
  leftWaitlist: (title: string) => string;
  viewMyRegistrations: string;
  eventUnavailable: string;
}

export const eventSignupStrings = localStrings<EventSignupStrings>(
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
    venue: '地点',
    time: '时间',
    places: '名额',
    placesSummary: (capacity, left, waiting) =>
      [`共 ${capacity} 个名额`, left > 0 ? `剩余 ${left} 个` : '已满', waiting > 0 ? `${waiting} 人候补中` : '']
        .filter(Boolean)
        .join('，'),
    waitlistedAnnounce: (position) => `已加入候补，排在第 ${position} 位`,
    registrationWindow: '报名时间',
    dateRange: (from, to) => `${from} 至 ${to}`,
    signUp: '报名',
    joinWaitlist: '排队候补',
    signingUp: '正在提交…',
    waitlistExplain: (waiting) =>
      waiting > 0
        ? `名额已满，目前有 ${waiting} 人在候补。有人取消时按先后顺序递补，递补成功会显示在“我的报名”里。`
        : '名额已满。可以排队候补，有人取消时按先后顺序递补，递补成功会显示在“我的报名”里。',
    fullExplain: '名额已满，本活动不设候补，暂时无法报名。',
    notOpenExplain: (date) => `报名将于 ${date} 开始，届时再来报名。`,
    closedExplain: '报名时间已过，无法再报名。',
    membersOnlyExplain: '此活动仅限工会会员参加。',
    membersOnlyError: '此活动仅限工会会员参加。加入工会后即可报名。',
    membersOnlyJoinFirst: '此活动仅限工会会员参加。您还不是工会会员：先入会，成为会员后回来报名。',
    registrationClosedError: '现在不在报名时间内，无法报名。',
    confirmedHeading: '报名成功',
    confirmedText: '您已报名成功，请按时参加。如不能参加，请及时取消，把名额让给其他职工。',
    waitlistedHeading: '已加入候补',
    waitlistedText: (position) => `您排在候补第 ${position} 位。有人取消时按顺序递补，递补成功会显示在“我的报名”里。`,
    waitlistPosition: (n) => `候补第 ${n} 位`,
    promoted: '已从候补转为报名成功',
    alreadyRegistered: (status) => `您已报名此活动：${status}`,
    addToCalendar: '加入日历',
    preparingCalendar: '正在准备日历文件…',
    downloadCalendar: '下载日历文件（.ics）',
    calendarReady: '日历文件已准备好，点击下载后用手机日历打开即可。',
    myRegistrationsHeading: '我的报名',
    noRegistrations: '您还没有报名任何活动。',
    cancel: '取消报名',
    cancelFor: (title) => `取消报名：${title}`,
    cancelConfirm: (title) => `确定取消报名“${title}”吗？名额将让给其他职工。`,
    cancelled: (title) => `已取消报名“${title}”，名额已让给其他职工。`,
    leaveWaitlist: '退出候补',
    leaveWaitlistFor: (title) => `退出候补：${title}`,
    leaveWaitlistConfirm: (title, position) =>
      position > 0
        ? `确定退出“${title}”的候补吗？您现在排在候补第 ${position} 位，退出后如想参加，须重新排队。`
        : `确定退出“${title}”的候补吗？退出后如想参加，须重新排队。`,
    leaveWaitlistYes: '确定退出候补',
    leftWaitlist: (title) => `已退出“${title}”的候补。`,
    viewMyRegistrations: '查看我的报名',
    eventUnavailable: '活动信息暂时无法显示',
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
