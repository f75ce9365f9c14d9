/**
 * What the detail of `<union-event-signup>` says — the event's facts, sign-up, its result, the
 * calendar file, cancelling and 我的报名's rows — and the companions step of a family event (who
 * comes along, places counted in people). It comes with the detail's on-demand chunk, not with the
 * list a page opens on; the en table is a chunk of its own, as the widget's.
 */
import { localStrings } from '../internal/localize/local.js';

export interface DetailStrings {
  venue: string;
  time: string;
  places: string;
  /** "共 50 个名额，剩余 38 个，3 人候补中". */
  placesSummary: (capacity: number, left: number, waiting: number) => string;
  registrationWindow: string;
  dateRange: (from: string, to: string) => string;
  signUp: string;
  joinWaitlist: string;
  waitlistExplain: (waiting: number) => string;
  fullExplain: string;
  notOpenExplain: (date: string) => string;
  closedExplain: string;
  membersOnlyExplain: string;
  membersOnlyError: string;
  /** A members-only event, and the worker is not a member: join first, then sign up. */
  membersOnlyJoinFirst: string;
  registrationClosedError: string;
  confirmedText: string;
  waitlistedHeading: string;
  waitlistedText: (position: number) => string;
  waitlistPosition: (n: number) => string;
  alreadyRegistered: (status: string) => string;
  addToCalendar: string;
  preparingCalendar: string;
  downloadCalendar: string;
  cancel: string;
  cancelFor: (title: string) => string;
  cancelConfirm: (title: string) => string;
  /** Leaving a waitlist: no place is freed, the worker gives up their position. */
  leaveWaitlist: string;
  leaveWaitlistFor: (title: string) => string;
  leaveWaitlistConfirm: (title: string, position: number) => string;
  leaveWaitlistYes: string;
  viewMyRegistrations: string;
  eventUnavailable: string;
  /** Family events: who may come along, on the detail ("最多可带 3 位家属；孩子 4–14 岁"). */
  companionsFact: string;
  companionTerms: (max: number, min: number | undefined, maxAge: number | undefined) => string;
  /** The companions step (before confirming a family event's sign-up). */
  companionsHeading: string;
  companionsIntro: (max: number) => string;
  companionLegend: (n: number) => string;
  relation: string;
  relationPlaceholder: string;
  relations: { child: string; spouse: string; parent: string };
  birthYear: string;
  birthYearHint: string;
  addCompanion: string;
  atMostCompanions: (max: number) => string;
  remove: string;
  removeCompanion: (n: number) => string;
  /** "本次报名共 3 人（含您本人）". */
  partySize: (people: number) => string;
  /** Places left counted in people, and what happens when the party does not fit. */
  partyPlaces: (left: number, people: number, waitlist: boolean) => string;
  confirmSignUp: string;
  backToEvent: string;
  relationRequired: string;
  birthYearFormat: string;
  birthYearFuture: (year: number) => string;
  childAge: (age: number, min: number, max: number) => string;
  tooManyCompanions: (max: number) => string;
  fixCompanions: string;
  /** On the result and in "我的报名": how many places the registration holds. */
  people: (n: number) => string;
}

export const detailStrings = localStrings<DetailStrings>(
  'eventsDetail',
  {
    venue: '地点',
    time: '时间',
    places: '名额',
    placesSummary: (capacity, left, waiting) =>
      [`共 ${capacity} 个名额`, left > 0 ? `剩余 ${left} 个` : '已满', waiting > 0 ? `${waiting} 人候补中` : '']
        .filter(Boolean)
        .join('，'),
    registrationWindow: '报名时间',
    dateRange: (from, to) => `${from} 至 ${to}`,
    signUp: '报名',
    joinWaitlist: '排队候补',
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
    confirmedText: '您已报名成功，请按时参加。如不能参加，请及时取消，把名额让给其他职工。',
    waitlistedHeading: '已加入候补',
    waitlistedText: (position) => `您排在候补第 ${position} 位。有人取消时按顺序递补，递补成功会显示在“我的报名”里。`,
    waitlistPosition: (n) => `候补第 ${n} 位`,
    alreadyRegistered: (status) => `您已报名此活动：${status}`,
    addToCalendar: '加入日历',
    preparingCalendar: '正在准备日历文件…',
    downloadCalendar: '下载日历文件（.ics）',
    cancel: '取消报名',
    cancelFor: (title) => `取消报名：${title}`,
    cancelConfirm: (title) => `确定取消报名“${title}”吗？名额将让给其他职工。`,
    leaveWaitlist: '退出候补',
    leaveWaitlistFor: (title) => `退出候补：${title}`,
    leaveWaitlistConfirm: (title, position) =>
      position > 0
        ? `确定退出“${title}”的候补吗？您现在排在候补第 ${position} 位，退出后如想参加，须重新排队。`
        : `确定退出“${title}”的候补吗？退出后如想参加，须重新排队。`,
    leaveWaitlistYes: '确定退出候补',
    viewMyRegistrations: '查看我的报名',
    eventUnavailable: '活动信息暂时无法显示',
    companionsFact: '同行家属',
    companionTerms: (max, min, maxAge) =>
      `最多可带 ${max} 位家属（孩子、配偶或父母）${min !== undefined && maxAge !== undefined ? `；孩子须 ${min}–${maxAge} 岁` : ''}`,
    companionsHeading: '同行家属',
    companionsIntro: (max) => `如带家属同来，请逐一添加（最多 ${max} 位）。只需填写关系和出生年份，不需要姓名。家属和您本人各占一个名额。`,
    companionLegend: (n) => `家属 ${n}`,
    relation: '关系',
    relationPlaceholder: '请选择',
    relations: { child: '孩子', spouse: '配偶', parent: '父母' },
    birthYear: '出生年份',
    birthYearHint: '四位数字，例如 2018',
    addCompanion: '添加家属',
    atMostCompanions: (max) => `本活动最多可带 ${max} 位家属。`,
    remove: '移除',
    removeCompanion: (n) => `移除家属 ${n}`,
    partySize: (people) => `本次报名共 ${people} 人（含您本人）`,
    partyPlaces: (left, people, waitlist) =>
      left >= people
        ? `剩余 ${left} 个名额，够您一行 ${people} 人。`
        : waitlist
        ? `剩余 ${left} 个名额，不够您一行 ${people} 人：确认后全组一起排队候补，不会拆开。`
        : `剩余 ${left} 个名额，不够您一行 ${people} 人，本活动不设候补。请减少同行家属。`,
    confirmSignUp: '确认报名',
    backToEvent: '返回活动详情',
    relationRequired: '请选择这位家属和您的关系。',
    birthYearFormat: '请填写四位数的出生年份，例如 2018。',
    birthYearFuture: (year) => `出生年份不能晚于 ${year} 年。`,
    childAge: (age, min, max) => `这位孩子在活动当年 ${age} 岁，本活动只接受 ${min}–${max} 岁的孩子。`,
    tooManyCompanions: (max) => `本活动最多可带 ${max} 位家属，请移除多出的家属。`,
    fixCompanions: '请先改正标出的家属信息，再确认报名。',
    people: (n) => `共 ${n} 人`,
  },
  () => import('./detail-strings.en.js'),
);
