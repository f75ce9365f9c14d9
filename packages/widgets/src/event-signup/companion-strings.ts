/**
 * What the companions step of `<union-event-signup>` says (family events: who comes along, places
 * counted in people). It comes with the detail's on-demand chunk, not with the list a page opens on;
 * the en table is a chunk of its own, as the widget's.
 */
import { localStrings } from '../internal/localize/local.js';

export interface CompanionStrings {
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

export const companionStrings = localStrings<CompanionStrings>(
  {
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
  () => import('./companion-strings.en.js')
);
